package io.usdtcustody.custody.policy.api;

/** The JSON body of {@code POST /v1/customers/{id}/whitelist}; decoded strictly (label may be empty, not absent). */
public record WhitelistBody(String chain, String address, String label) {
}
