package dev.coffer.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import dev.coffer.common.config.LocalServicesConfigSourceFactory;

/**
 * Asks the Redis that the application under test uses whether keys exist, speaking RESP over a
 * plain socket: black-box tests run outside the application and have no Redis client of their own.
 */
public final class RedisProbe {

    private RedisProbe() {
    }

    /** How many of {@code keys} exist in the Redis named by {@code coffer.local.redis-url} (default: the tests' local database). */
    public static long existing(String... keys) {
        String configured = System.getProperty("coffer.local.redis-url", "");
        URI uri = URI.create(configured.isBlank() ? LocalServicesConfigSourceFactory.TEST_REDIS_URL : configured);
        int port = uri.getPort() > 0 ? uri.getPort() : 6379;
        try (Socket socket = new Socket(uri.getHost(), port)) {
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String path = uri.getPath();
            if (path != null && path.length() > 1) {
                send(out, "SELECT", path.substring(1));
                in.readLine();
            }
            String[] command = new String[keys.length + 1];
            command[0] = "EXISTS";
            System.arraycopy(keys, 0, command, 1, keys.length);
            send(out, command);
            String reply = in.readLine();
            if (reply == null || !reply.startsWith(":")) {
                throw new IllegalStateException("unexpected Redis reply: " + reply);
            }
            return Long.parseLong(reply.substring(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(OutputStream out, String... parts) throws IOException {
        StringBuilder command = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String part : parts) {
            command.append('$').append(part.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(part).append("\r\n");
        }
        out.write(command.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
