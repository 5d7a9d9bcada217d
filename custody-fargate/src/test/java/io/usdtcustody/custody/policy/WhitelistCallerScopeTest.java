package io.usdtcustody.custody.policy;

import static io.usdtcustody.custody.policy.PolicyFixtures.CODEC;
import static io.usdtcustody.custody.policy.PolicyFixtures.policy;
import static io.usdtcustody.custody.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.policy.api.WhitelistController;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The whitelist controller called directly: a mobile customer reaches only its own whitelist. */
class WhitelistCallerScopeTest extends PolicyFixtures {
    private static final byte[] ENTRY = ("{\"chain\":\"ETHEREUM\",\"address\":\"" + CLEAN + "\",\"label\":\"cold\"}")
            .getBytes(StandardCharsets.UTF_8);

    private final PolicyEngine engine = engine(policy(rule("whitelist", "{\"coolingOff\":\"PT24H\"}")));
    private final WhitelistController controller = new WhitelistController(new WhitelistService(whitelist, audit, clock),
            engine, CODEC);

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void everyRoute_shouldServeTheCustomer_whenTheWhitelistIsItsOwn() {
        assertThat(controller.add("acme", "JWT", "alice", "k1", "alice", ENTRY).code()).isEqualTo(201);
        assertThat(CODEC.readTree(controller.list("acme", "JWT", "alice", "alice").body()).get("entries")).hasSize(1);
        assertThat(controller.remove("acme", "JWT", "alice", "d1", "alice", "ETHEREUM", CLEAN).code()).isEqualTo(204);
        assertThat(whitelist.list(TENANT, "alice")).isEmpty();
    }

    @Test
    void everyRoute_shouldAnswerNotFoundAndWriteNothing_whenTheWhitelistIsAnotherCustomers() {
        controller.add("acme", "API_KEY", "key-1", "k1", "bob", ENTRY);
        int records = audit.records().size();

        assertNotFound(() -> controller.add("acme", "JWT", "alice", "k2", "bob", ENTRY));
        assertNotFound(() -> controller.list("acme", "JWT", "alice", "bob"));
        assertNotFound(() -> controller.remove("acme", "JWT", "alice", "d1", "bob", "ETHEREUM", CLEAN));

        assertThat(whitelist.list(TENANT, "bob")).hasSize(1);
        assertThat(audit.records()).hasSize(records);
    }

    @Test
    void everyRoute_shouldServeEveryCustomer_whenAPartnerOrTheInsideCalls() {
        assertThat(controller.add("acme", "API_KEY", "key-1", "k1", "bob", ENTRY).code()).isEqualTo(201);
        assertThat(CODEC.readTree(controller.list("acme", null, null, "bob").body()).get("entries")).hasSize(1);
        assertThat(controller.remove("acme", "API_KEY", "key-1", "d1", "bob", "ETHEREUM", CLEAN).code()).isEqualTo(204);
    }

    @Test
    void add_shouldRefuseWith401_whenACustomerCallCarriesNoCustomer() {
        assertThatThrownBy(() -> controller.add("acme", "JWT", null, "k1", "alice", ENTRY))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAUTHENTICATED));
        assertThat(whitelist.list(TENANT, "alice")).isEmpty();
    }
}
