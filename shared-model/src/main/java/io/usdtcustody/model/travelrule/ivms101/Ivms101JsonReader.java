package io.usdtcustody.model.travelrule.ivms101;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Binds an IVMS101 JSON tree to the records of this package, member by member, collecting every structural
 * problem (missing, unknown, wrongly typed or unknown-code members) with its path. Each method returns
 * {@code null} when its part had a problem, so no half-built record escapes.
 */
final class Ivms101JsonReader {
    private final FieldProblems problems;
    private final PersonJsonReader persons;

    Ivms101JsonReader(FieldProblems problems) {
        this.problems = problems;
        this.persons = new PersonJsonReader(problems);
    }

    IdentityPayload payload(JsonNode node, String at) {
        return read(node, at, r -> {
            Originator originator = r.object("originator", true, this::originator);
            Beneficiary beneficiary = r.object("beneficiary", true, this::beneficiary);
            OriginatingVasp originatingVasp = r.object("originatingVASP", true,
                    (n, p) -> wrappedPerson(n, p, "originatingVASP", OriginatingVasp::new));
            BeneficiaryVasp beneficiaryVasp = r.object("beneficiaryVASP", false,
                    (n, p) -> wrappedPerson(n, p, "beneficiaryVASP", BeneficiaryVasp::new));
            TransferPath transferPath = r.object("transferPath", false, this::transferPath);
            PayloadMetadata metadata = r.object("payloadMetadata", false, this::metadata);
            return () -> new IdentityPayload(originator, beneficiary, originatingVasp, beneficiaryVasp, transferPath,
                    metadata);
        });
    }

    private Originator originator(JsonNode node, String at) {
        return read(node, at, r -> {
            var people = r.array("originatorPersons", this::person);
            var accounts = r.texts("accountNumber");
            return () -> new Originator(people, accounts);
        });
    }

    private Beneficiary beneficiary(JsonNode node, String at) {
        return read(node, at, r -> {
            var people = r.array("beneficiaryPersons", this::person);
            var accounts = r.texts("accountNumber");
            return () -> new Beneficiary(people, accounts);
        });
    }

    private <T> T wrappedPerson(JsonNode node, String at, String member, Function<Person, T> wrapper) {
        return read(node, at, r -> {
            Person person = r.object(member, true, this::person);
            return () -> wrapper.apply(person);
        });
    }

    private TransferPath transferPath(JsonNode node, String at) {
        return read(node, at, r -> {
            var path = r.array("transferPath", this::intermediary);
            return () -> new TransferPath(path);
        });
    }

    private IntermediaryVasp intermediary(JsonNode node, String at) {
        return read(node, at, r -> {
            Person person = r.object("intermediaryVASP", true, this::person);
            Integer sequence = r.integer("sequence", true);
            return () -> new IntermediaryVasp(person, sequence);
        });
    }

    private PayloadMetadata metadata(JsonNode node, String at) {
        return read(node, at, r -> {
            var methods = r.array("transliterationMethod", this::transliteration);
            return () -> new PayloadMetadata(methods);
        });
    }

    private TransliterationMethod transliteration(JsonNode item, String at) {
        for (TransliterationMethod method : TransliterationMethod.values()) {
            if (item.isTextual() && method.code().equals(item.textValue())) {
                return method;
            }
        }
        problems.add(at, "must be an ISO 15924 based transliteration code such as cyrl or hani");
        return null;
    }

    private Person person(JsonNode node, String at) {
        return read(node, at, r -> {
            NaturalPerson naturalPerson = r.object("naturalPerson", false, persons::natural);
            LegalPerson legalPerson = r.object("legalPerson", false, persons::legal);
            if (node.hasNonNull("naturalPerson") == node.hasNonNull("legalPerson")) {
                problems.add(at, "must have exactly one of naturalPerson or legalPerson");
            }
            return () -> new Person(naturalPerson, legalPerson);
        });
    }

    private <T> T read(JsonNode node, String at, Function<JsonObjectReader, Supplier<T>> members) {
        return JsonObjectReader.read(node, at, problems, members);
    }
}
