package io.usdtcustody.custody.api;

import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.AuthorizerContract.AuthMethod;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.util.Optional;

/**
 * Which customers the caller may act for, from the headers the API gateway alone sets
 * ({@code X-Caller-Auth-Method}, {@code X-Caller-Principal-Id}; a client's own values never reach custody): a
 * mobile customer ({@code JWT}) only for itself, its principal being its customer id; a partner ({@code API_KEY})
 * for every customer of its tenant; a call from inside the platform (onboarding, operators), which carries
 * neither header, likewise. Anything else fails closed with 401. Another customer's resources are "not found",
 * exactly like an unknown id, so a customer learns nothing about its neighbours.
 */
public record CallerScope(Optional<String> customer) {
    public static final String AUTH_METHOD_HEADER = ApiSpec.CALLER_AUTH_METHOD_HEADER;
    public static final String PRINCIPAL_HEADER = ApiSpec.CALLER_PRINCIPAL_HEADER;

    private static final CallerScope WHOLE_TENANT = new CallerScope(Optional.empty());

    public CallerScope {
        customer.ifPresent(id -> {
            if (id.isBlank()) {
                throw new IllegalArgumentException("a customer scope names its customer");
            }
        });
    }

    /** From the two headers as received (null when absent). */
    public static CallerScope of(String authMethod, String principal) {
        if (authMethod == null && principal == null) {
            return WHOLE_TENANT;
        }
        if (AuthMethod.API_KEY.name().equals(authMethod)) {
            return WHOLE_TENANT;
        }
        if (AuthMethod.JWT.name().equals(authMethod) && principal != null && !principal.isBlank()) {
            return new CallerScope(Optional.of(principal));
        }
        throw new PlatformException(ErrorCode.UNAUTHENTICATED, "the request does not say which customer calls");
    }

    /** True when the caller may act for {@code customerId}. */
    public boolean mayActFor(String customerId) {
        return customer.map(own -> own.equals(customerId)).orElse(true);
    }

    /** {@code customerId} when the caller may act for it; otherwise 404 with {@code notFound} as the detail. */
    public String require(String customerId, String notFound) {
        if (!mayActFor(customerId)) {
            throw new PlatformException(ErrorCode.NOT_FOUND, notFound);
        }
        return customerId;
    }
}
