"""Start-up and footprint of one Coffer artifact: time from exec to the first 200 from
/q/health/ready (median of several runs), then RSS after a fixed number of requests.

Loopback only; every loop is bounded. Called by bench/startup.sh, which documents the setup.
"""
import argparse
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import time

READY_PATH = "/q/health/ready"
READY_TIMEOUT_SECONDS = 60
POLL_INTERVAL_SECONDS = 0.002
TRAFFIC_PATHS = ["/q/health/live", "/api/v1/currencies", "/q/health/ready"]


def first_ready(port, deadline):
    """Polls readiness until it answers 200; returns the monotonic time of that answer."""
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", READY_PATH)
            status = connection.getresponse().status
            connection.close()
            if status == 200:
                return time.monotonic()
        except OSError:
            pass
        time.sleep(POLL_INTERVAL_SECONDS)
    return None


def memory_kib(pid):
    """VmRSS and its parts: RssAnon (heap, stacks, malloc) and RssFile (mapped files: the native
    executable's code and image heap, or the JVM's libraries and CDS archive)."""
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key = line.split(":")[0]
            if key in ("VmRSS", "RssAnon", "RssFile"):
                fields[key] = int(line.split()[1])
    if "VmRSS" not in fields:
        raise RuntimeError(f"no VmRSS for pid {pid}")
    return fields


def send_requests(port, count):
    statuses = {}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    for i in range(count):
        connection.request("GET", TRAFFIC_PATHS[i % len(TRAFFIC_PATHS)])
        response = connection.getresponse()
        response.read()
        statuses[response.status] = statuses.get(response.status, 0) + 1
    connection.close()
    return statuses


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run_once(command, port, requests, log_path):
    with open(log_path, "w") as log:
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            ready_at = first_ready(port, started + READY_TIMEOUT_SECONDS)
            if ready_at is None:
                raise RuntimeError(f"not ready within {READY_TIMEOUT_SECONDS}s, see {log_path}")
            at_ready = memory_kib(process.pid)
            statuses = send_requests(port, requests)
            after = memory_kib(process.pid)
        finally:
            stop(process)
    return {"ready_seconds": ready_at - started, "rss_ready_kib": at_ready["VmRSS"],
            "rss_after_kib": after["VmRSS"], "rss_anon_after_kib": after.get("RssAnon", 0),
            "rss_file_after_kib": after.get("RssFile", 0), "statuses": statuses}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--name", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--log-dir", required=True)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command

    load_before = os.getloadavg()[0]
    runs = []
    for run in range(1, args.runs + 1):
        result = run_once(command, args.port, args.requests, os.path.join(args.log_dir, f"{args.name}-{run}.log"))
        runs.append(result)
        print(f"{args.name} run {run}: ready in {result['ready_seconds'] * 1000:.0f} ms, "
              f"RSS {result['rss_ready_kib'] / 1024:.1f} MiB at ready, "
              f"{result['rss_after_kib'] / 1024:.1f} MiB after {args.requests} requests "
              f"(anonymous {result['rss_anon_after_kib'] / 1024:.1f}, file-backed {result['rss_file_after_kib'] / 1024:.1f}) "
              f"{result['statuses']}",
              file=sys.stderr)
    summary = {
        "name": args.name,
        "runs": args.runs,
        "requests": args.requests,
        "ready_seconds_median": statistics.median(r["ready_seconds"] for r in runs),
        "ready_seconds_all": [round(r["ready_seconds"], 3) for r in runs],
        "rss_after_mib_median": statistics.median(r["rss_after_kib"] for r in runs) / 1024,
        "rss_after_mib_max": max(r["rss_after_kib"] for r in runs) / 1024,
        "rss_anon_after_mib_median": statistics.median(r["rss_anon_after_kib"] for r in runs) / 1024,
        "rss_file_after_mib_median": statistics.median(r["rss_file_after_kib"] for r in runs) / 1024,
        "statuses": runs[-1]["statuses"],
        # Other work on the machine moves these figures a lot; the 1-minute load says how busy it was.
        "load_average_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
