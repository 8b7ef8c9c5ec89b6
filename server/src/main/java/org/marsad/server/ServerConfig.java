package org.marsad.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How a Marsad server runs: where the index is, where it listens, how big a request body may be,
 * which origins may call it from a browser (none unless configured), and the API key that guards
 * the write endpoints. {@link #resolve} merges, in order of precedence, command-line flags, the
 * environment ({@code MARSAD_*}) and an optional properties file; the API key comes only from the
 * environment ({@code MARSAD_API_KEY}) so that it never shows in a process list or a config file.
 *
 * @param maxBodyBytes largest accepted request body; larger ones get 413
 * @param corsOrigins  origins allowed by CORS; empty means CORS is off
 * @param apiKey       the key that POST /api/articles requires; empty means writes are refused
 * @param threads      most request threads (Jetty's pool, acceptor and selector included)
 */
public record ServerConfig(Path index, String host, int port, long maxBodyBytes, List<String> corsOrigins,
                           Optional<String> apiKey, int threads) {
    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY = 1L << 20;
    /**
     * Searches are CPU-bound, so more threads than a few per core only add switching: 32 clients
     * on 2 cores were answered faster by a pool of {@value #THREADS_PER_CORE} threads per core (at
     * least {@value #MIN_THREADS}) than by Jetty's default of up to 200 (docs/BENCHMARKS.md).
     */
    static final int THREADS_PER_CORE = 4;
    static final int MIN_THREADS = 8;

    public static int defaultThreads() {
        return Math.max(MIN_THREADS, THREADS_PER_CORE * Runtime.getRuntime().availableProcessors());
    }

    /** The setting names, as flags/properties ({@code max-body}) and as environment variables. */
    static final Map<String, String> ENV = Map.of(
            "index", "MARSAD_INDEX", "host", "MARSAD_HOST", "port", "MARSAD_PORT",
            "max-body", "MARSAD_MAX_BODY", "cors-origins", "MARSAD_CORS_ORIGINS", "config", "MARSAD_CONFIG",
            "threads", "MARSAD_THREADS");

    public ServerConfig {
        if (port < 0 || port > 65535) throw new ConfigException("port must be 0..65535, not " + port);
        if (maxBodyBytes < 1) throw new ConfigException("max-body must be at least 1 byte, not " + maxBodyBytes);
        if (threads < MIN_THREADS) throw new ConfigException("threads must be at least " + MIN_THREADS + ", not " + threads);
        corsOrigins = List.copyOf(corsOrigins);
        apiKey = apiKey.filter(k -> !k.isBlank());
    }

    /**
     * The configuration from {@code flags} (setting name to value, absent when not given), the
     * environment {@code env}, and the properties file named by the flag or variable
     * {@code config}. Fails with a {@link ConfigException} naming the bad setting and its origin.
     */
    public static ServerConfig resolve(Map<String, String> flags, Map<String, String> env) {
        Map<String, String> file = Map.of();
        Optional<String> configFile = pick("config", flags, env, Map.of());
        if (configFile.isPresent()) file = readFile(Path.of(configFile.get()));
        Optional<String> index = pick("index", flags, env, file);
        if (index.isEmpty()) throw new ConfigException("no index: give --index DIR, MARSAD_INDEX or index= in the config file");
        String host = pick("host", flags, env, file).orElse(DEFAULT_HOST);
        int port = (int) number("port", pick("port", flags, env, file), DEFAULT_PORT);
        long maxBody = number("max-body", pick("max-body", flags, env, file), DEFAULT_MAX_BODY);
        long threads = number("threads", pick("threads", flags, env, file), defaultThreads());
        if (threads > 10_000) throw new ConfigException("threads must be at most 10000, not " + threads);
        List<String> origins = new ArrayList<>();
        for (String o : pick("cors-origins", flags, env, file).orElse("").split(",")) {
            if (!o.isBlank()) origins.add(o.strip());
        }
        return new ServerConfig(Path.of(index.get()), host, port, maxBody, origins,
                Optional.ofNullable(env.get("MARSAD_API_KEY")), (int) threads);
    }

    /** This configuration listening on another port (0 picks a free one). */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(index, host, newPort, maxBodyBytes, corsOrigins, apiKey, threads);
    }

    private static Optional<String> pick(String name, Map<String, String> flags, Map<String, String> env,
                                         Map<String, String> file) {
        String v = flags.get(name);
        if (v == null) v = env.get(ENV.get(name));
        if (v == null) v = file.get(name);
        return Optional.ofNullable(v).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static long number(String name, Optional<String> value, long dflt) {
        if (value.isEmpty()) return dflt;
        String v = value.get().toLowerCase(java.util.Locale.ROOT);
        long unit = 1;
        if (v.endsWith("k")) unit = 1L << 10;
        if (v.endsWith("m")) unit = 1L << 20;
        if (unit > 1) v = v.substring(0, v.length() - 1);
        try {
            return Math.multiplyExact(Long.parseLong(v), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ConfigException(name + " must be a whole number (k and m suffixes allowed), not '" + value.get() + "'");
        }
    }

    private static Map<String, String> readFile(Path p) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + p + ": " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : props.stringPropertyNames()) {
            if (!ENV.containsKey(k) || k.equals("config")) {
                throw new ConfigException("config file " + p + ": unknown setting '" + k + "' (known: index host port max-body cors-origins threads)");
            }
            out.put(k, props.getProperty(k));
        }
        return out;
    }

    /** A setting that is missing or malformed; the message names it. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
