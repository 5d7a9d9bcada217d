package io.usdtcustody.functions.onboarding.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.onboarding.consent.Consent;
import io.usdtcustody.functions.onboarding.consent.ConsentType;
import io.usdtcustody.functions.onboarding.consent.port.ConsentStore;
import io.usdtcustody.functions.onboarding.customer.port.CustomerStore;
import io.usdtcustody.functions.onboarding.profile.PostalAddress;
import io.usdtcustody.functions.onboarding.profile.Profile;
import io.usdtcustody.functions.onboarding.profile.port.ProfileStore;
import io.usdtcustody.functions.onboarding.screening.ScreeningHit;
import io.usdtcustody.functions.onboarding.screening.ScreeningResult;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the customer, profile and consent stores guarantee; run against the in-memory fake and DynamoDB. */
public abstract class CustomerRecordsContract {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    /** The three ports over one item collection. */
    protected record Stores(CustomerStore customers, ProfileStore profiles, ConsentStore consents) {
    }

    private Stores stores;
    private TenantId tenant;
    private TenantId otherTenant;

    protected abstract Stores newStores();

    /** Writes the customer's KYC standing as the KYC function does (its item beside the customer's). */
    protected abstract void writeKycStanding(TenantId tenant, String customerId, KycStandingStatus status);

    @BeforeEach
    void fresh() {
        stores = newStores();
        tenant = TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8));
        otherTenant = TenantId.of("o" + UUID.randomUUID().toString().substring(0, 8));
    }

    private Customer customer(String id, ScreeningResult screening) {
        return new Customer(tenant, id, PartyType.PERSON, "Alice Example", Optional.of(LocalDate.of(1990, 4, 1)), "DE",
                screening.isMatch() ? CustomerStatus.REVIEW : CustomerStatus.ACTIVE, screening, 0, T0);
    }

    private static ScreeningResult clear() {
        return new ScreeningResult(ScreeningResult.Outcome.CLEAR, "classpath:ofac", 0.72, T0, List.of());
    }

    private static Profile profile(int version, String email) {
        return new Profile(version, email, "+4930123456", new PostalAddress("Hauptstr. 1", Optional.empty(), "Berlin",
                Optional.of("10115"), Optional.empty(), "DE"), Optional.of("DE"), Optional.empty(), T0.plusSeconds(version));
    }

    @Test
    void create_shouldStoreTheCustomerOnce_andFindItOnlyUnderItsTenant() {
        Customer alice = customer("c-1", clear());

        assertThat(stores.customers().create(alice)).isTrue();
        assertThat(stores.customers().create(alice)).isFalse();

        assertThat(stores.customers().find(tenant, "c-1")).contains(alice);
        assertThat(stores.customers().find(otherTenant, "c-1")).isEmpty();
        assertThat(stores.customers().find(tenant, "c-2")).isEmpty();
    }

    @Test
    void create_shouldKeepTheScreeningResult_withEveryHitAndExplanation() {
        ScreeningResult match = new ScreeningResult(ScreeningResult.Outcome.MATCH, "classpath:ofac", 0.72, T0,
                List.of(new ScreeningHit(21171, "PRIGOZHIN, Yevgeniy Viktorovich", "PRIGOZHIN, Evgeny",
                        List.of("CYBER2", "RUSSIA-EO14024"), 0.97, "score 0.97: prigozhin = prigozhin (same word)")));
        Customer flagged = customer("c-1", match);

        stores.customers().create(flagged);

        assertThat(stores.customers().find(tenant, "c-1").orElseThrow().screening()).isEqualTo(match);
        assertThat(stores.customers().find(tenant, "c-1").orElseThrow().status()).isEqualTo(CustomerStatus.REVIEW);
    }

    @Test
    void saveProfile_shouldAdvanceTheVersion_andKeepEveryVersion() {
        stores.customers().create(customer("c-1", clear()));

        assertThat(stores.profiles().save(tenant, "c-1", profile(1, "a@example.com"))).isEqualTo(ProfileStore.Saved.SAVED);
        assertThat(stores.profiles().save(tenant, "c-1", profile(2, "b@example.com"))).isEqualTo(ProfileStore.Saved.SAVED);

        assertThat(stores.customers().find(tenant, "c-1").orElseThrow().profileVersion()).isEqualTo(2);
        assertThat(stores.profiles().find(tenant, "c-1", 1)).contains(profile(1, "a@example.com"));
        assertThat(stores.profiles().find(tenant, "c-1", 2)).contains(profile(2, "b@example.com"));
        assertThat(stores.profiles().find(otherTenant, "c-1", 2)).isEmpty();
    }

    @Test
    void saveProfile_shouldRefuse_whenTheVersionMovedOrTheCustomerIsNotTheTenants() {
        stores.customers().create(customer("c-1", clear()));
        stores.profiles().save(tenant, "c-1", profile(1, "a@example.com"));

        assertThat(stores.profiles().save(tenant, "c-1", profile(1, "x@example.com"))).isEqualTo(ProfileStore.Saved.VERSION_MOVED);
        assertThat(stores.profiles().save(tenant, "c-1", profile(3, "x@example.com"))).isEqualTo(ProfileStore.Saved.VERSION_MOVED);
        assertThat(stores.profiles().save(otherTenant, "c-1", profile(2, "x@example.com"))).isEqualTo(ProfileStore.Saved.NO_CUSTOMER);
        assertThat(stores.profiles().save(tenant, "nobody", profile(1, "x@example.com"))).isEqualTo(ProfileStore.Saved.NO_CUSTOMER);
        assertThat(stores.profiles().find(tenant, "c-1", 1).orElseThrow().email()).isEqualTo("a@example.com");
    }

    @Test
    void saveProfile_shouldLetExactlyOneOfConcurrentWritersWin() throws Exception {
        stores.customers().create(customer("c-1", clear()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ProfileStore.Saved>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String email = "w" + i + "@example.com";
                writers.add(() -> stores.profiles().save(tenant, "c-1", profile(1, email)));
            }
            long saved = 0;
            for (Future<ProfileStore.Saved> result : pool.invokeAll(writers)) {
                saved += result.get() == ProfileStore.Saved.SAVED ? 1 : 0;
            }
            assertThat(saved).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void consents_shouldBeAppendedInTimeOrder_onlyForTheTenantsCustomer() {
        stores.customers().create(customer("c-1", clear()));
        Consent second = new Consent("0190a000-0000-7000-8000-000000000002", ConsentType.MARKETING, "v1", false, T0.plusSeconds(5));
        Consent first = new Consent("0190a000-0000-7000-8000-000000000001", ConsentType.MARKETING, "v1", true, T0);

        assertThat(stores.consents().record(tenant, "c-1", second)).isTrue();
        assertThat(stores.consents().record(tenant, "c-1", first)).isTrue();
        assertThat(stores.consents().record(otherTenant, "c-1", first)).isFalse();
        assertThat(stores.consents().record(tenant, "nobody", first)).isFalse();

        assertThat(stores.consents().history(tenant, "c-1")).containsExactly(first, second);
        assertThat(stores.consents().history(otherTenant, "c-1")).isEmpty();
    }

    @Test
    void kycStanding_shouldBeEmpty_whenNoKycCaseWasDecided() {
        stores.customers().create(customer("c-1", clear()));

        assertThat(stores.customers().kycStanding(tenant, "c-1")).isEmpty();
        assertThat(stores.customers().kycStanding(tenant, "nobody")).isEmpty();
    }

    @Test
    void kycStanding_shouldBeTheStatusKycWrote_onlyUnderItsTenant() {
        stores.customers().create(customer("c-1", clear()));
        writeKycStanding(tenant, "c-1", KycStandingStatus.UNDER_REVIEW);
        writeKycStanding(tenant, "c-1", KycStandingStatus.VERIFIED);

        assertThat(stores.customers().kycStanding(tenant, "c-1")).contains(KycStandingStatus.VERIFIED);
        assertThat(stores.customers().kycStanding(otherTenant, "c-1")).isEmpty();
    }
}
