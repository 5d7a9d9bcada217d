package io.usdtcustody.custody.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerScopeTest {

    @Test
    void of_shouldScopeToTheCustomer_whenAMobileCustomerCalls() {
        CallerScope scope = CallerScope.of("JWT", "alice");

        assertThat(scope.customer()).contains("alice");
        assertThat(scope.mayActFor("alice")).isTrue();
        assertThat(scope.mayActFor("bob")).isFalse();
        assertThat(scope.mayActFor("Alice")).isFalse();
    }

    @Test
    void of_shouldCoverTheWholeTenant_whenAPartnerOrTheInsideCalls() {
        assertThat(CallerScope.of("API_KEY", "key-1").customer()).isEmpty();
        assertThat(CallerScope.of(null, null).customer()).isEmpty();
        assertThat(CallerScope.of(null, null).mayActFor("anyone")).isTrue();
    }

    @Test
    void of_shouldFailClosedWith401_whenACustomerCarriesNoPrincipal_orTheMethodIsUnknown() {
        for (String[] headers : new String[][] {{"JWT", null}, {"JWT", " "}, {"NONE", "alice"}, {"", "alice"},
                {null, "alice"}, {"jwt", "alice"}}) {
            assertThatThrownBy(() -> CallerScope.of(headers[0], headers[1])).as(headers[0] + "|" + headers[1])
                    .isInstanceOfSatisfying(PlatformException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAUTHENTICATED));
        }
    }

    @Test
    void require_shouldAnswerNotFound_whenTheCustomerIsAnothers() {
        CallerScope scope = new CallerScope(Optional.of("alice"));

        assertThat(scope.require("alice", "no such customer")).isEqualTo("alice");
        assertThatThrownBy(() -> scope.require("bob", "no such customer"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.detail()).isEqualTo("no such customer");
                });
    }
}
