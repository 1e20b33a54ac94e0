package fr.enersolar.crm.web.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Test-only: from the deployment's start, keeps the server's log lines (every record reaching the
 * root {@code java.util.logging} logger, which is where Payara writes its server log from), as they
 * would be written: the formatted message, the logger name and the full stack trace of any
 * exception. Read through {@code GET /probe/log}.
 */
@ApplicationScoped
public class LogCapture {

    private static final int KEPT = 50_000;

    private static final Deque<String> LINES = new ArrayDeque<>();

    private static final Handler HANDLER =
            new Handler() {
                private final SimpleFormatter formatter = new SimpleFormatter();

                @Override
                public void publish(LogRecord record) {
                    StringBuilder line =
                            new StringBuilder(record.getLevel().getName())
                                    .append(' ')
                                    .append(record.getLoggerName())
                                    .append(": ")
                                    .append(formatter.formatMessage(record));
                    if (record.getThrown() != null) {
                        StringWriter trace = new StringWriter();
                        record.getThrown().printStackTrace(new PrintWriter(trace));
                        line.append('\n').append(trace);
                    }
                    synchronized (LINES) {
                        if (LINES.size() == KEPT) {
                            LINES.removeFirst();
                        }
                        LINES.addLast(line.toString());
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        HANDLER.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.removeHandler(HANDLER);
        root.addHandler(HANDLER);
    }

    void stop(@Observes @Destroyed(ApplicationScoped.class) Object stopped) {
        Logger.getLogger("").removeHandler(HANDLER);
    }

    /** The lines kept so far, oldest first. */
    public static List<String> lines() {
        synchronized (LINES) {
            return new ArrayList<>(LINES);
        }
    }
}
