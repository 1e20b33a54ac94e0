package fr.enersolar.crm.web.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A customer's website for the browser tests: HTML pages served by the JDK's HTTP server on the
 * loopback interface, on a port (so an origin) of their own, apart from the application's. One per
 * test, so each test's browser storage starts empty.
 */
public final class PageServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    private PageServer(HttpServer server) {
        this.server = server;
    }

    public static PageServer start() {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            PageServer pages = new PageServer(server);
            server.createContext("/", pages::serve);
            server.start();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code html} at {@code path} (without query). */
    public void put(String path, String html) {
        pages.put(path, html);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String pathAndQuery) {
        return origin() + pathAndQuery;
    }

    private void serve(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        try (exchange) {
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body =
                    (page == null ? "<!doctype html><title>404</title>" : page)
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
