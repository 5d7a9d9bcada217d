package io.usdtcustody.functions.common.telemetry;

import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsBuilder;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * {@link MetricsRecorder} on Powertools for AWS Lambda's metrics: CloudWatch embedded metric format, one JSON
 * document per flush on stdout, which CloudWatch turns into metrics without an API call, in namespace
 * {@value #NAMESPACE} with the dimensions {@code Service} and {@code Route} together; every flush also counts the
 * request ({@code RequestCount}), so an invocation never flushes nothing.
 */
public final class PowertoolsMetricsRecorder implements MetricsRecorder {
    public static final String NAMESPACE = "UsdtCustody";

    private final Metrics metrics;
    private final String service;

    public PowertoolsMetricsRecorder(String service) {
        this.service = service;
        this.metrics = MetricsBuilder.builder().withNamespace(NAMESPACE).withService(service)
                .withRaiseOnEmptyMetrics(false).build();
    }

    @Override
    public void count(String name) {
        metrics.addMetric(name, 1, MetricUnit.COUNT);
    }

    @Override
    public void milliseconds(String name, long value) {
        metrics.addMetric(name, value, MetricUnit.MILLISECONDS);
    }

    @Override
    public void flush(String route) {
        metrics.addMetric("RequestCount", 1, MetricUnit.COUNT);
        // the default set, replaced per flush: one set {Service, Route}; an added set would stand beside {Service}
        metrics.setDefaultDimensions(DimensionSet.of("Service", service, "Route", route));
        metrics.flush();
    }
}
