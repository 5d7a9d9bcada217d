package io.usdtcustody.custody.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.deposit.port.DepositFollowUp;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.screening.address.SanctionsHit;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the deposit booking reports for follow-up work (sweeps): credits, re-seen credits, quarantines. */
class DepositFollowUpTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final DepositAddress ALICE = new DepositAddress(TenantId.of("acme"), "alice", Chain.ETHEREUM,
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", 3);

    /** Records every report as "credited:<ref>" or "quarantined:<ref>". */
    private static final class Recording implements DepositFollowUp {
        final List<String> reports = new ArrayList<>();

        @Override
        public void credited(DepositAddress owner, TokenTransfer transfer) {
            reports.add("credited:" + transfer.reference());
        }

        @Override
        public void quarantined(DepositAddress owner, TokenTransfer transfer) {
            reports.add("quarantined:" + transfer.reference());
        }
    }

    private final JsonCodec codec = new JsonCodec();
    private final InMemoryLedger ledger = new InMemoryLedger(CLOCK, new LedgerEvents(codec));
    private final Recording followUp = new Recording();
    private final DepositBooking booking = new DepositBooking(ledger, codec, CLOCK, followUp);

    @Test
    void credit_shouldReportTheDeposit_whenBookedAndAgainWhenFoundBookedAfterACrash() {
        TokenTransfer deposit = transfer(1);

        booking.credit(ALICE, deposit, 12);
        DepositBooking.Outcome again = booking.credit(ALICE, deposit, 13);

        assertThat(again).isEqualTo(DepositBooking.Outcome.ALREADY_BOOKED);
        assertThat(followUp.reports).containsExactly("credited:" + deposit.reference(), "credited:" + deposit.reference());
    }

    @Test
    void quarantine_shouldReportTheAddress_andALaterCreditOfTheSameLogReportsNothing() {
        TokenTransfer deposit = transfer(2);
        SanctionsHit hit = new SanctionsHit(Chain.ETHEREUM, deposit.from(), List.of("SDN"));

        booking.quarantine(ALICE, deposit, hit);
        booking.credit(ALICE, deposit, 12); // the list changed since: the first booking stands

        assertThat(followUp.reports).containsExactly("quarantined:" + deposit.reference());
    }

    @Test
    void credit_shouldReportNothing_whenTheValueCannotBeBooked() {
        TokenTransfer huge = new TokenTransfer(hash(3), 0, 100, hash(99), "0x" + "1".repeat(40), "0x" + "2".repeat(40),
                BigInteger.TWO.pow(80));

        assertThat(booking.credit(ALICE, huge, 12)).isEqualTo(DepositBooking.Outcome.UNBOOKABLE);
        assertThat(followUp.reports).isEmpty();
    }

    private static TokenTransfer transfer(int n) {
        return new TokenTransfer(hash(n), 0, 100, hash(99), "0x" + "1".repeat(40), "0x" + "2".repeat(40),
                BigInteger.valueOf(25_000_000));
    }

    private static String hash(int n) {
        return "0x" + String.format("%064x", n);
    }
}
