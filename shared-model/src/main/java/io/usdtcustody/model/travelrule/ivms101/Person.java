package io.usdtcustody.model.travelrule.ivms101;

/**
 * An IVMS101 {@code Person}: exactly one of a natural person or a legal person (the other is {@code null}).
 */
public record Person(NaturalPerson naturalPerson, LegalPerson legalPerson) {
    public Person {
        if ((naturalPerson == null) == (legalPerson == null)) {
            throw new IllegalArgumentException("a person is exactly one of naturalPerson or legalPerson");
        }
    }

    public static Person natural(NaturalPerson person) {
        return new Person(person, null);
    }

    public static Person legal(LegalPerson person) {
        return new Person(null, person);
    }
}
