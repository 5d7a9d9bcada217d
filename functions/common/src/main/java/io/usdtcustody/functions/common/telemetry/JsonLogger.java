package io.usdtcustody.functions.common.telemetry;

import java.time.Clock;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that writes each event enabled at its threshold as one JSON line ({@link JsonLogWriter}). */
final class JsonLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    private final transient JsonLogWriter writer;
    private final transient Clock clock;
    private final int threshold;

    JsonLogger(String name, Level threshold, JsonLogWriter writer, Clock clock) {
        this.name = name;
        this.threshold = threshold.toInt();
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public boolean isTraceEnabled() {
        return Level.TRACE.toInt() >= threshold;
    }

    @Override
    public boolean isDebugEnabled() {
        return Level.DEBUG.toInt() >= threshold;
    }

    @Override
    public boolean isInfoEnabled() {
        return Level.INFO.toInt() >= threshold;
    }

    @Override
    public boolean isWarnEnabled() {
        return Level.WARN.toInt() >= threshold;
    }

    @Override
    public boolean isErrorEnabled() {
        return Level.ERROR.toInt() >= threshold;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        writer.write(clock.instant(), level.name(), name, message, MDC.getCopyOfContextMap(), throwable);
    }
}
