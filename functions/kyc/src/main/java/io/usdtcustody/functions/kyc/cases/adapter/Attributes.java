package io.usdtcustody.functions.kyc.cases.adapter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reading and writing single DynamoDB attribute values, with a clear failure when a stored item is malformed. */
final class Attributes {
    private Attributes() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue strings(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }

    static AttributeValue map(Map<String, AttributeValue> value) {
        return AttributeValue.fromM(value);
    }

    static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalStateException("stored KYC item lacks text attribute " + name);
        }
        return value.s();
    }

    static Optional<String> optionalText(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? Optional.empty() : Optional.of(value.s());
    }

    static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw new IllegalStateException("stored KYC item lacks number attribute " + name);
        }
        return Long.parseLong(value.n());
    }

    static Map<String, AttributeValue> nested(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || !value.hasM()) {
            throw new IllegalStateException("stored KYC item lacks map attribute " + name);
        }
        return value.m();
    }

    static Optional<Map<String, AttributeValue>> optionalNested(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasM() ? Optional.empty() : Optional.of(value.m());
    }

    static List<AttributeValue> list(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l();
    }

    static List<String> textList(Map<String, AttributeValue> item, String name) {
        return list(item, name).stream().map(AttributeValue::s).toList();
    }
}
