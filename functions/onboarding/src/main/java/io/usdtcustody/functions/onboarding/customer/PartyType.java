package io.usdtcustody.functions.onboarding.customer;

import io.usdtcustody.screening.name.Schema;

/** Whether a customer is a natural person or a legal entity: it decides required fields and how the name is screened. */
public enum PartyType {
    PERSON(Schema.PERSON),
    COMPANY(Schema.COMPANY);

    private final Schema schema;

    PartyType(Schema schema) {
        this.schema = schema;
    }

    /** The screening schema a name of this party is matched under (a person never matches a company). */
    public Schema schema() {
        return schema;
    }
}
