package io.usdtcustody.functions.onboarding.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.RequestBody;
import io.usdtcustody.functions.onboarding.consent.ConsentType;
import io.usdtcustody.functions.onboarding.customer.NewCustomer;
import io.usdtcustody.functions.onboarding.customer.PartyType;
import io.usdtcustody.functions.onboarding.profile.PostalAddress;
import io.usdtcustody.functions.onboarding.profile.ProfileDetails;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.travelrule.ivms101.IsoCountries;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The request bodies of the onboarding API and their rules, turned into validated domain inputs. Every rule
 * that fails is reported at once (see {@link RequestBody}); nothing is stored until all of them pass.
 * <ul>
 *   <li>customer: {@code type} PERSON|COMPANY, {@code name} 1-200 characters with a letter, {@code country}
 *       ISO 3166-1 alpha-2; a person's {@code dateOfBirth} (yyyy-MM-dd) is required, on or after 1900-01-01 and
 *       at least {@value #MINIMUM_AGE_YEARS} years before today; a company has none.</li>
 *   <li>profile: {@code email}, {@code phone} (E.164), {@code address} {line1, line2?, city, postalCode?,
 *       region?, country}, {@code nationality}? (alpha-2), {@code occupation}?</li>
 *   <li>consent: {@code type}, {@code documentVersion} (1-32 of letters, digits, '.', '_', '-'),
 *       {@code granted} true|false</li>
 *   <li>deposit address: {@code chain} ETHEREUM|TRON|OMNI</li>
 * </ul>
 */
final class CustomerRequests {
    static final int MINIMUM_AGE_YEARS = 18;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,15}");
    private static final Pattern DOCUMENT_VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern ETAG = Pattern.compile("\"?([0-9]{1,9})\"?");

    private CustomerRequests() {
    }

    static NewCustomer newCustomer(JsonNode tree, LocalDate today) {
        RequestBody body = RequestBody.of(tree, Set.of("type", "name", "dateOfBirth", "country"));
        Optional<PartyType> type = body.enumValue("type", PartyType.class);
        Optional<String> name = body.text("name", 200);
        name.filter(n -> !LETTER.matcher(n).matches()).ifPresent(n -> body.error("name", "must contain a letter"));
        Optional<String> country = country(body, "country", true);
        Optional<LocalDate> dateOfBirth = Optional.empty();
        if (type.orElse(null) == PartyType.COMPANY) {
            body.optionalText("dateOfBirth", 10).ifPresent(d -> body.error("dateOfBirth", "is not given for a company"));
        } else {
            dateOfBirth = body.text("dateOfBirth", 10).flatMap(text -> birthDate(body, text, today));
        }
        body.validate();
        return new NewCustomer(type.orElseThrow(), name.orElseThrow(), dateOfBirth, country.orElseThrow());
    }

    static ProfileDetails profile(JsonNode tree) {
        RequestBody body = RequestBody.of(tree, Set.of("email", "phone", "address", "nationality", "occupation"));
        Optional<String> email = body.text("email", 254);
        email.filter(e -> !EMAIL.matcher(e).matches()).ifPresent(e -> body.error("email", "must be an e-mail address"));
        Optional<String> phone = body.text("phone", 16);
        phone.filter(p -> !E164.matcher(p).matches())
                .ifPresent(p -> body.error("phone", "must be an E.164 number such as +4930123456"));
        Optional<PostalAddress> address = body.object("address",
                Set.of("line1", "line2", "city", "postalCode", "region", "country")).flatMap(CustomerRequests::address);
        Optional<String> nationality = country(body, "nationality", false);
        Optional<String> occupation = body.optionalText("occupation", 100);
        body.validate();
        return new ProfileDetails(email.orElseThrow(), phone.orElseThrow(), address.orElseThrow(), nationality,
                occupation);
    }

    /** A consent decision: its type, the document version it refers to, and whether it is granted. */
    record ConsentDecision(ConsentType type, String documentVersion, boolean granted) {
    }

    static ConsentDecision consent(JsonNode tree) {
        RequestBody body = RequestBody.of(tree, Set.of("type", "documentVersion", "granted"));
        Optional<ConsentType> type = body.enumValue("type", ConsentType.class);
        Optional<String> version = body.text("documentVersion", 32);
        version.filter(v -> !DOCUMENT_VERSION.matcher(v).matches())
                .ifPresent(v -> body.error("documentVersion", "must be letters, digits, '.', '_' or '-'"));
        Optional<Boolean> granted = body.bool("granted");
        body.validate();
        return new ConsentDecision(type.orElseThrow(), version.orElseThrow(), granted.orElseThrow());
    }

    static Chain chain(JsonNode tree) {
        RequestBody body = RequestBody.of(tree, Set.of("chain"));
        Optional<Chain> chain = body.enumValue("chain", Chain.class);
        body.validate();
        return chain.orElseThrow();
    }

    /** {@code If-Match: "3"} (or 3) as a profile version; absent when the header is. */
    static OptionalInt ifMatch(Optional<String> header) {
        if (header.isEmpty()) {
            return OptionalInt.empty();
        }
        var matcher = ETAG.matcher(header.get().strip());
        if (!matcher.matches()) {
            throw PlatformException.validation("If-Match must be a profile version such as \"3\".",
                    List.of(new FieldError("If-Match", "must be a quoted version number")));
        }
        return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    }

    private static Optional<PostalAddress> address(RequestBody address) {
        Optional<String> line1 = address.text("line1", 100);
        Optional<String> line2 = address.optionalText("line2", 100);
        Optional<String> city = address.text("city", 100);
        Optional<String> postalCode = address.optionalText("postalCode", 16);
        postalCode.filter(p -> !POSTAL_CODE.matcher(p).matches())
                .ifPresent(p -> address.error("postalCode", "must be letters, digits, spaces or '-'"));
        Optional<String> region = address.optionalText("region", 100);
        Optional<String> country = country(address, "country", true);
        if (!address.isValid()) {
            return Optional.empty();
        }
        return Optional.of(new PostalAddress(line1.orElseThrow(), line2, city.orElseThrow(), postalCode, region,
                country.orElseThrow()));
    }

    private static Optional<String> country(RequestBody body, String name, boolean required) {
        Optional<String> code = required ? body.text(name, 2) : body.optionalText(name, 2);
        if (code.isPresent() && !IsoCountries.isAssigned(code.get())) {
            body.error(name, "must be an ISO 3166-1 alpha-2 country code in upper case");
            return Optional.empty();
        }
        return code;
    }

    private static Optional<LocalDate> birthDate(RequestBody body, String text, LocalDate today) {
        LocalDate date;
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            body.error("dateOfBirth", "must be a date as yyyy-MM-dd");
            return Optional.empty();
        }
        if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(today.minusYears(MINIMUM_AGE_YEARS))) {
            body.error("dateOfBirth", "must be on or after 1900-01-01 and at least " + MINIMUM_AGE_YEARS + " years ago");
            return Optional.empty();
        }
        return Optional.of(date);
    }
}
