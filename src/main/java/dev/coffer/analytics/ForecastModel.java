package dev.coffer.analytics;

import java.util.Arrays;
import java.util.OptionalDouble;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/**
 * Forecasts of a monthly spending series by exponential smoothing (docs/analytics.md, "Forecast", and
 * docs/decisions/0013-forecast-method.md). The statistics run in double: the series are sums of money
 * turned into doubles, and what leaves here is rounded to the currency by the caller, never stored.
 * <ul>
 * <li>{@link Method#HOLT_WINTERS}: additive Holt-Winters with a damped trend, ETS(A,Ad,A), period 12;</li>
 * <li>{@link Method#SEASONAL_NAIVE}: each month as the same month a year before;</li>
 * <li>{@link Method#SIMPLE_EXPONENTIAL_SMOOTHING}: ETS(A,N,N), a flat forecast at the smoothed level.</li>
 * </ul>
 * Smoothing parameters minimise the sum of squared one-step errors; intervals come from the one-step
 * error variance and each method's h-step variance formula.
 */
final class ForecastModel {

    static final int SEASON = 12;
    /**
     * Months between the history and the first forecast month: the history ends with the month before
     * the current one, which is in progress and not forecast.
     */
    static final int LEAD = 1;
    /** Backtest origins every chosen method has at least, beyond the months it needs to be fitted. */
    static final int MINIMUM_ORIGINS = 3;
    /** The most recent origins the backtest uses. */
    static final int MAXIMUM_ORIGINS = 12;
    /** The 90 % quantile of the standard normal: an 80 % central interval is the forecast ± this many sd. */
    static final double Z_80 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.9);

    private static final double LOW = 1e-4;
    private static final double HIGH = 0.9999;
    private static final double PHI_LOW = 0.8;
    private static final double PHI_HIGH = 0.98;
    private static final int ITERATIONS = 1000;

    /** The methods, each with the fewest months it can be fitted on. */
    enum Method {
        HOLT_WINTERS("holt_winters_damped_additive", 2 * SEASON),
        SEASONAL_NAIVE("seasonal_naive", SEASON),
        SIMPLE_EXPONENTIAL_SMOOTHING("simple_exponential_smoothing", 1);

        final String id;
        final int minimumFit;

        Method(String id, int minimumFit) {
            this.id = id;
            this.minimumFit = minimumFit;
        }

        /**
         * The method for {@code months} of history: the richest one that can be fitted with
         * {@link #MINIMUM_ORIGINS} backtest origins to spare (28 months for Holt-Winters, 16 for seasonal
         * naive), else simple exponential smoothing.
         */
        static Method forHistory(int months) {
            for (Method method : values()) {
                if (months >= method.minimumFit + LEAD + MINIMUM_ORIGINS) {
                    return method;
                }
            }
            return SIMPLE_EXPONENTIAL_SMOOTHING;
        }
    }

    /** The next months' forecasts and the bounds of their 80 % intervals, none below 0, soonest first. */
    record Forecast(double[] predicted, double[] lower, double[] upper) {
    }

    private ForecastModel() {
    }

    /**
     * {@code method} fitted on {@code history} (oldest first), forecasting the {@code months} months after
     * the current one: {@link #LEAD} + 1 to {@link #LEAD} + months steps after the last history month.
     */
    static Forecast forecast(Method method, double[] history, int months) {
        Fit fit = fit(method, history, LEAD + months);
        double[] predicted = new double[months];
        double[] lower = new double[months];
        double[] upper = new double[months];
        for (int i = 0; i < months; i++) {
            int h = LEAD + i;
            double spread = Z_80 * Math.sqrt(fit.variance()[h]);
            predicted[i] = Math.max(0, fit.point()[h]);
            lower[i] = Math.max(0, fit.point()[h] - spread);
            upper[i] = Math.max(0, fit.point()[h] + spread);
        }
        return new Forecast(predicted, lower, upper);
    }

    /**
     * The mean absolute percentage error of {@code method} on {@code history}, in percent, by a rolling
     * origin served as the forecast is: each origin T is fitted afresh on the months before T, skips
     * month T as the current month is skipped, and forecasts months T + 1 to T + {@code months}. The
     * origins are the last min(12, n − 1 − minimum fit) months before the last one. Every forecast of
     * a month inside the history is compared with what was spent, as served (below 0 read as 0); months
     * with nothing spent have no percentage error and are left out. Empty when no month is left.
     */
    static OptionalDouble backtestMape(Method method, double[] history, int months) {
        int n = history.length;
        int origins = Math.min(MAXIMUM_ORIGINS, n - LEAD - method.minimumFit);
        double sum = 0;
        int count = 0;
        for (int origin = n - LEAD - origins; origin < n - LEAD; origin++) {
            double[] point = fit(method, Arrays.copyOf(history, origin), LEAD + months).point();
            for (int h = LEAD; h < LEAD + months && origin + h < n; h++) {
                double actual = history[origin + h];
                if (actual > 0) {
                    sum += Math.abs(actual - Math.max(0, point[h])) / actual;
                    count++;
                }
            }
        }
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * sum / count);
    }

    /** Point forecasts and h-step error variances, h = 1 to the horizon. */
    private record Fit(double[] point, double[] variance) {
    }

    private static Fit fit(Method method, double[] y, int horizon) {
        return switch (method) {
            case HOLT_WINTERS -> holtWinters(y, horizon);
            case SEASONAL_NAIVE -> seasonalNaive(y, horizon);
            case SIMPLE_EXPONENTIAL_SMOOTHING -> simpleExponentialSmoothing(y, horizon);
        };
    }

    /**
     * ETS(A,N,N): level l = y(0), then e = y(t) − l and l += α e. The h-step variance is
     * σ²(1 + (h − 1)α²), σ² the mean squared one-step error.
     */
    private static Fit simpleExponentialSmoothing(double[] y, int horizon) {
        double alpha = new BrentOptimizer(1e-8, 1e-10).optimize(new MaxEval(Integer.MAX_VALUE),
                new UnivariateObjectiveFunction(a -> simpleSmoothing(y, a)[1]), GoalType.MINIMIZE,
                new SearchInterval(LOW, HIGH)).getPoint();
        double[] state = simpleSmoothing(y, alpha);
        double sigma2 = y.length > 1 ? state[1] / (y.length - 1) : 0;
        double[] point = new double[horizon];
        double[] variance = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            point[h] = state[0];
            variance[h] = sigma2 * (1 + h * alpha * alpha);
        }
        return new Fit(point, variance);
    }

    /** The final level and the sum of squared one-step errors of ETS(A,N,N) with {@code alpha}. */
    private static double[] simpleSmoothing(double[] y, double alpha) {
        double level = y[0];
        double sse = 0;
        for (int t = 1; t < y.length; t++) {
            double error = y[t] - level;
            sse += error * error;
            level += alpha * error;
        }
        return new double[] {level, sse};
    }

    /**
     * ŷ(n + h) = y(n + h − 12(k + 1)), k = ⌊(h − 1) / 12⌋; the one-step errors are the year-over-year
     * differences y(t) − y(t − 12), and the h-step variance is σ²(k + 1).
     */
    private static Fit seasonalNaive(double[] y, int horizon) {
        int n = y.length;
        double sse = 0;
        for (int t = SEASON; t < n; t++) {
            double error = y[t] - y[t - SEASON];
            sse += error * error;
        }
        double sigma2 = n > SEASON ? sse / (n - SEASON) : 0;
        double[] point = new double[horizon];
        double[] variance = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int years = h / SEASON + 1;
            point[h] = y[n + h - SEASON * years];
            variance[h] = sigma2 * years;
        }
        return new Fit(point, variance);
    }

    /**
     * ETS(A,Ad,A) with parameters (α, β*, γ*, φ), β = αβ* and γ = (1 − α)γ*, so that 0 &lt; β &lt; α and
     * 0 &lt; γ &lt; 1 − α; α, β*, γ* from 0.0001 to 0.9999 and φ from 0.8 to 0.98. Nelder-Mead minimises
     * the sum of squared one-step errors over unbounded values mapped into those ranges by a logistic
     * curve, from α 0.3, β* 0.1, γ* 0.1, φ 0.9, and stops when the sum changes by less than a
     * millionth of a percent or after {@value #ITERATIONS} iterations.
     */
    private static Fit holtWinters(double[] y, int horizon) {
        double[] start = {logit(0.3, LOW, HIGH), logit(0.1, LOW, HIGH), logit(0.1, LOW, HIGH),
                logit(0.9, PHI_LOW, PHI_HIGH)};
        double[] best = new SimplexOptimizer(new SimpleValueChecker(1e-8, 1e-12, ITERATIONS))
                .optimize(new MaxEval(Integer.MAX_VALUE), new ObjectiveFunction(z -> HoltWinters.run(y, bounded(z)).sse),
                        GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(start.length, 1))
                .getPoint();
        HoltWinters model = HoltWinters.run(y, bounded(best));
        return new Fit(model.forecast(y.length, horizon), model.variances(y.length, horizon));
    }

    private static double[] bounded(double[] z) {
        return new double[] {logistic(z[0], LOW, HIGH), logistic(z[1], LOW, HIGH), logistic(z[2], LOW, HIGH),
                logistic(z[3], PHI_LOW, PHI_HIGH)};
    }

    private static double logistic(double z, double low, double high) {
        return low + (high - low) / (1 + Math.exp(-z));
    }

    private static double logit(double value, double low, double high) {
        double share = (value - low) / (high - low);
        return Math.log(share / (1 - share));
    }

    /** The state of ETS(A,Ad,A) after a pass over a series. */
    private static final class HoltWinters {

        private final double alpha;
        private final double beta;
        private final double gamma;
        private final double phi;
        private double level;
        private double trend;
        private final double[] seasonal = new double[SEASON];
        private double sse;

        private HoltWinters(double[] parameters) {
            alpha = parameters[0];
            beta = parameters[0] * parameters[1];
            gamma = (1 - parameters[0]) * parameters[2];
            phi = parameters[3];
        }

        /**
         * The pass over {@code y}: the states start from the first two years (trend from the change of
         * their means, level the first year's mean taken back to before the first month, seasonal terms
         * the detrended months averaged over both years), then for each month
         * e = y − (l + φb + s), l = l + φb + αe, b = φb + βe, s = s + γe.
         */
        static HoltWinters run(double[] y, double[] parameters) {
            HoltWinters model = new HoltWinters(parameters);
            double first = mean(y, 0);
            double second = mean(y, SEASON);
            model.trend = (second - first) / SEASON;
            double middle = (SEASON - 1) / 2.0;
            model.level = first - (middle + 1) * model.trend;
            for (int j = 0; j < SEASON; j++) {
                model.seasonal[j] = (y[j] - (first + (j - middle) * model.trend)
                        + y[j + SEASON] - (first + (j + SEASON - middle) * model.trend)) / 2;
            }
            for (int t = 0; t < y.length; t++) {
                int season = t % SEASON;
                double damped = model.phi * model.trend;
                double error = y[t] - (model.level + damped + model.seasonal[season]);
                model.sse += error * error;
                model.level += damped + model.alpha * error;
                model.trend = damped + model.beta * error;
                model.seasonal[season] += model.gamma * error;
            }
            return model;
        }

        /** ŷ(n + h) = l + (φ + … + φ^h) b + s of that month's last year. */
        double[] forecast(int n, int horizon) {
            double[] point = new double[horizon];
            double damping = 0;
            double power = 1;
            for (int h = 0; h < horizon; h++) {
                power *= phi;
                damping += power;
                point[h] = level + damping * trend + seasonal[(n + h) % SEASON];
            }
            return point;
        }

        /**
         * σ²(1 + Σ_{j=1}^{h−1} c_j²), c_j = α + β(φ + … + φ^j) + γ when j is a multiple of 12 (else
         * without γ), σ² the mean squared one-step error: the h-step variance of the linear ETS(A,Ad,A).
         */
        double[] variances(int n, int horizon) {
            double sigma2 = sse / n;
            double[] variance = new double[horizon];
            double sum = 0;
            double damping = 0;
            double power = 1;
            for (int h = 0; h < horizon; h++) {
                variance[h] = sigma2 * (1 + sum);
                int j = h + 1;
                power *= phi;
                damping += power;
                double c = alpha + beta * damping + (j % SEASON == 0 ? gamma : 0);
                sum += c * c;
            }
            return variance;
        }

        private static double mean(double[] y, int from) {
            double sum = 0;
            for (int t = from; t < from + SEASON; t++) {
                sum += y[t];
            }
            return sum / SEASON;
        }
    }
}
