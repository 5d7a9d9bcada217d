package io.usdtcustody.localcloud.component;

import java.util.Map;

/** One local stand-in for an AWS service (or the chain, or the HSM): started, health-checked, stopped. */
public interface CloudComponent extends AutoCloseable {

    /** A short name: dynamodb, kinesis, s3, hsm, evm. */
    String name();

    /** Where clients reach it (a URL, or a file path for the HSM). */
    String endpoint();

    /** True when the component answers a real request. */
    boolean healthy();

    /** The variables a client process needs to use it, e.g. {@code AWS_ENDPOINT_URL_DYNAMODB}. */
    Map<String, String> environment();

    /** Pids of the OS processes it runs (empty when it runs inside this JVM). */
    Map<String, Long> pids();

    @Override
    void close();
}
