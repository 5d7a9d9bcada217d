package io.usdtcustody.functions.authorizer;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code methodArn} API Gateway hands a request authorizer,
 * {@code arn:<partition>:execute-api:<region>:<account>:<apiId>/<stage>/<verb>/<path>}, and the stage-wide
 * resource an authorizer's policy should name. API Gateway caches a policy by identity source, not by method, so a
 * policy for the one method called would refuse the caller's next route for the rest of the cache period.
 */
public record MethodArn(String partition, String region, String account, String apiId, String stage) {
    private static final Pattern FORMAT = Pattern.compile(
            "arn:(aws[a-z-]*):execute-api:([a-z0-9-]{1,32}):([0-9]{12}):([A-Za-z0-9]{1,32})/([A-Za-z0-9_-]{1,128})/[A-Z*]+(/.*)?");

    public MethodArn {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(apiId, "apiId");
        Objects.requireNonNull(stage, "stage");
    }

    /** Parses a method ARN; anything else is an {@link IllegalArgumentException} (only API Gateway sends these). */
    public static MethodArn parse(String text) {
        Matcher matcher = text == null || text.length() > 2048 ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("not an execute-api method ARN");
        }
        return new MethodArn(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4), matcher.group(5));
    }

    /** Every method of this API's stage: {@code arn:…:<apiId>/<stage>/*}{@code /*}. */
    public String stageMethods() {
        return "arn:" + partition + ":execute-api:" + region + ":" + account + ":" + apiId + "/" + stage + "/*/*";
    }
}
