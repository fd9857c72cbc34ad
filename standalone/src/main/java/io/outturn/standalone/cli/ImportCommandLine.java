package io.outturn.standalone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code java -jar outturn-standalone.jar import ...}: posts a plan to a running instance's import API, prints
 * what it did or, when the file is rejected, every error by row and column, and exits non-zero on rejection.
 * It does not start Outturn: it is a client of one that is already running.
 */
public final class ImportCommandLine {

    static final int OK = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    static final String USAGE_TEXT = """
            Usage:
              import business-plan FILE [options]
              import savings-programme PROGRAMME_ID FILE [options] [--units GBP000|GBP]
                     [--title TEXT] [--organisation TEXT] [--overall-target POUNDS]
            Options:
              --url URL            the running Outturn (default http://localhost:8080)
              --user NAME          a MANAGER (default $OUTTURN_USER, else manager)
              --password PASSWORD  (default $OUTTURN_PASSWORD, else manager)
            Savings amounts are read in \u00a3000 unless --units GBP is given; --title, --organisation and
            --overall-target are used only when the programme does not exist yet.""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private ImportCommandLine() {
    }

    /**
     * @return false when {@code args} do not ask for an import (so the caller starts Outturn); otherwise runs
     * the import and returns true on success, or exits the JVM with a non-zero status when it failed
     */
    public static boolean run(String[] args) {
        if (args.length == 0 || !args[0].equals("import")) {
            return false;
        }
        int status = execute(args, System.getenv(), HttpClient.newHttpClient(), System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
        return true;
    }

    static int execute(String[] args, Map<String, String> environment, HttpClient http, PrintStream out,
                       PrintStream err) {
        Invocation invocation;
        HttpRequest request;
        try {
            invocation = Invocation.parse(args, environment);
            request = invocation.request();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("Could not reach Outturn at " + invocation.url() + ": " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted while importing " + invocation.file());
            return FAILED;
        }
        return report(invocation, response, out, err);
    }

    private static int report(Invocation invocation, HttpResponse<String> response, PrintStream out, PrintStream err) {
        JsonNode body = parse(response.body());
        if (response.statusCode() == 200) {
            out.println("Imported " + invocation.file() + " (sha256 " + body.path("file").path("sha256").asText()
                    + ", " + body.path("file").path("rows").asInt() + " rows)");
            for (String kind : List.of("indicators", "targets", "programmes", "lines")) {
                JsonNode counts = body.path(kind);
                if (!counts.isMissingNode()) {
                    out.printf("  %-11s %d created, %d revised, %d unchanged%n", kind + ":",
                            counts.path("created").asInt(), counts.path("revised").asInt(),
                            counts.path("unchanged").asInt());
                }
            }
            return OK;
        }
        err.println("Outturn answered " + response.statusCode() + " " + body.path("code").asText("")
                + ": " + body.path("detail").asText(response.body()));
        for (JsonNode error : body.path("errors")) {
            StringJoiner where = new StringJoiner(", ");
            if (error.hasNonNull("row")) {
                where.add("row " + error.path("row").asInt());
            }
            if (error.hasNonNull("field")) {
                where.add(error.path("field").asText());
            }
            err.println("  " + where + ": " + error.path("message").asText());
        }
        return response.statusCode() == 400 ? REJECTED : FAILED;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }

    /** What the command line asks for. */
    record Invocation(URI url, Path file, String user, String password) {

        static Invocation parse(String[] args, Map<String, String> environment) {
            List<String> positional = new ArrayList<>();
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    String[] nameValue = args[i].substring(2).split("=", 2);
                    if (nameValue.length == 2) {
                        options.put(nameValue[0], nameValue[1]);
                    } else if (i + 1 < args.length) {
                        options.put(nameValue[0], args[++i]);
                    } else {
                        throw new IllegalArgumentException("--" + nameValue[0] + " needs a value");
                    }
                } else {
                    positional.add(args[i]);
                }
            }
            String base = options.getOrDefault("url", "http://localhost:8080").replaceAll("/+$", "");
            String user = options.getOrDefault("user", environment.getOrDefault("OUTTURN_USER", "manager"));
            String password = options.getOrDefault("password",
                    environment.getOrDefault("OUTTURN_PASSWORD", "manager"));
            if (positional.isEmpty()) {
                throw new IllegalArgumentException("What to import is missing: business-plan or savings-programme");
            }
            String kind = positional.get(0);
            if (kind.equals("business-plan") && positional.size() == 2) {
                requireOnly(options, List.of("url", "user", "password"));
                return new Invocation(URI.create(base + "/api/imports/business-plan"), file(positional.get(1)),
                        user, password);
            }
            if (kind.equals("savings-programme") && positional.size() == 3) {
                requireOnly(options, List.of("url", "user", "password", "units", "title", "organisation",
                        "overall-target"));
                StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
                addParameter(query, "units", options.get("units"));
                addParameter(query, "title", options.get("title"));
                addParameter(query, "organisation", options.get("organisation"));
                addParameter(query, "overallTarget", options.get("overall-target"));
                return new Invocation(URI.create(base + "/api/imports/savings-programmes/"
                        + encode(positional.get(1)) + query), file(positional.get(2)), user, password);
            }
            throw new IllegalArgumentException("Not an import this tool knows: " + String.join(" ", positional));
        }

        HttpRequest request() {
            String credentials = Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            try {
                return HttpRequest.newBuilder(url)
                        .timeout(TIMEOUT)
                        .header("Content-Type", "text/csv")
                        .header("Accept", "application/json")
                        .header("Authorization", "Basic " + credentials)
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build();
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        private static Path file(String name) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException("Cannot read the file " + name);
            }
            return file;
        }

        private static void requireOnly(Map<String, String> options, List<String> known) {
            for (String name : options.keySet()) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("Unknown option --" + name);
                }
            }
        }

        private static void addParameter(StringJoiner query, String name, String value) {
            if (value != null) {
                query.add(name + "=" + encode(value));
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
