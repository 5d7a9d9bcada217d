package io.usdtcustody.custody.deposit;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.port.DepositAddresses;
import io.usdtcustody.custody.deposit.port.DepositCursorStore;
import io.usdtcustody.custody.deposit.port.DepositHolds;
import io.usdtcustody.custody.deposit.port.TokenTransferSource;
import io.usdtcustody.screening.address.SanctionsHit;
import io.usdtcustody.screening.address.SanctionsScreen;
import io.usdtcustody.model.address.EthereumAddressCodec;
import io.usdtcustody.model.money.Chain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches USDT (ERC-20) on Ethereum for deposits to our addresses and books each one once it is final. Each
 * {@link #pollOnce()} resumes after the persisted cursor, reads the token's {@code Transfer} logs up to the
 * head, and books every log in a block with {@code latest - block + 1 >= confirmations} whose recipient is a
 * deposit address: credited to the customer, quarantined when the sender is sanctioned, or held in suspense when
 * {@link DepositHolds} says so (the Travel Rule above its threshold without valid data).
 *
 * <p>Reorganisations: nothing is booked before it is confirmed, and a confirmed log is booked only if its
 * block hash is still the canonical hash at its height when it is booked — a log from a block that was
 * reorganised away is dropped and the range is read again next poll. The cursor stores the last scanned
 * confirmed block with its hash; it advances only after every confirmed log up to it is booked, and only if
 * that block is still canonical at the end of the poll. If the cursor's own block later turns out not to be
 * canonical, the reorganisation was deeper than the confirmation depth: polls fail with
 * {@link ChainReorganizedException} until an operator has reconciled.
 *
 * <p>Exactly once: booking uses a transfer id derived from (chain, tx hash, log index), so a crash between
 * booking and saving the cursor, or two watchers on one chain, re-book nothing.
 *
 * <p>Addresses: logs, cursor and screening use lower-case {@code 0x} hex; deposit addresses are stored in the
 * chain's normalised form, EIP-55 for Ethereum (as {@link EthereumAddressCodec} normalises), so the lookup
 * converts the log's recipient to EIP-55. Not thread-safe per instance: run one poll at a time.
 */
public final class DepositWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(DepositWatcher.class);
    private static final HexFormat HEX = HexFormat.of();

    private final DepositWatcherSettings settings;
    private final TokenTransferSource chain;
    private final DepositAddresses addresses;
    private final SanctionsScreen sanctions;
    private final DepositBooking booking;
    private final DepositCursorStore cursors;
    private final DepositHolds holds;

    public DepositWatcher(DepositWatcherSettings settings, TokenTransferSource chain, DepositAddresses addresses,
                          SanctionsScreen sanctions, DepositBooking booking, DepositCursorStore cursors) {
        this(settings, chain, addresses, sanctions, booking, cursors, DepositHolds.NONE);
    }

    public DepositWatcher(DepositWatcherSettings settings, TokenTransferSource chain, DepositAddresses addresses,
                          SanctionsScreen sanctions, DepositBooking booking, DepositCursorStore cursors,
                          DepositHolds holds) {
        this.holds = holds;
        this.settings = settings;
        this.chain = chain;
        this.addresses = addresses;
        this.sanctions = sanctions;
        this.booking = booking;
        this.cursors = cursors;
    }

    /** One round: scan from the cursor, book what is confirmed, advance the cursor. */
    public PollResult pollOnce() {
        Optional<DepositCursor> cursor = cursors.load(settings.cursorId());
        cursor.ifPresent(this::requireCanonical);
        long latest = chain.latestBlockNumber();
        long from = cursor.map(c -> c.blockNumber() + 1).orElse(settings.startBlock());
        if (from > latest) {
            return new PollResult(latest, from, from - 1, cursor, 0, 0, 0, 0, List.of());
        }
        long to = Math.min(latest, from + settings.maxBlocksPerPoll() - 1);
        long confirmedTo = Math.min(to, latest - settings.confirmations() + 1);
        // pinned before reading logs: if it is still canonical afterwards, the logs came from this chain
        String pinnedHash = confirmedTo >= from ? canonicalHash(confirmedTo) : null;

        Round round = new Round(latest, confirmedTo);
        for (TokenTransfer transfer : chain.transfers(settings.tokenContract(), from, to)) {
            round.consider(transfer);
        }

        Optional<DepositCursor> after = cursor;
        if (pinnedHash != null && !round.reorgSeen && pinnedHash.equals(canonicalHash(confirmedTo))) {
            DepositCursor next = new DepositCursor(confirmedTo, pinnedHash);
            cursors.advance(settings.cursorId(), next);
            after = Optional.of(next);
        } else if (pinnedHash != null) {
            LOG.warn("blocks up to {} changed while polling; cursor stays, the range is read again", confirmedTo);
        }
        return new PollResult(latest, from, to, after, round.credited, round.quarantined, round.heldCount,
                round.alreadyBooked,
                round.pending);
    }

    /** The state of one poll: canonical hashes looked up so far, counts, and unconfirmed deposits. */
    private final class Round {
        private final long latest;
        private long bookableTo;
        private boolean reorgSeen;
        private final Map<Long, String> canonical = new HashMap<>();
        private final List<TokenTransfer> pending = new ArrayList<>();
        private int credited;
        private int quarantined;
        private int heldCount;
        private int alreadyBooked;

        Round(long latest, long confirmedTo) {
            this.latest = latest;
            this.bookableTo = confirmedTo;
        }

        void consider(TokenTransfer transfer) {
            if (transfer.value().signum() == 0) {
                return; // zero-value transfers are address-poisoning noise: nothing to book
            }
            Optional<DepositAddress> owner = addresses.lookup(Chain.ETHEREUM, checksum(transfer.to()));
            if (owner.isEmpty()) {
                return;
            }
            if (transfer.blockNumber() > bookableTo) {
                pending.add(transfer);
                return;
            }
            String hash = canonical.computeIfAbsent(transfer.blockNumber(), DepositWatcher.this::canonicalHash);
            if (!hash.equals(transfer.blockHash())) {
                // its block was reorganised away after the logs were read: never book it, read again next poll
                LOG.warn("deposit {} is in a block that is no longer canonical; dropped", transfer.reference());
                reorgSeen = true;
                bookableTo = transfer.blockNumber() - 1;
                return;
            }
            book(owner.get(), transfer);
        }

        private void book(DepositAddress owner, TokenTransfer transfer) {
            Optional<SanctionsHit> hit = sanctions.screen(Chain.ETHEREUM, transfer.from());
            DepositBooking.Outcome outcome;
            if (hit.isPresent()) {
                outcome = booking.quarantine(owner, transfer, hit.get());
                if (outcome == DepositBooking.Outcome.BOOKED) {
                    quarantined++;
                    LOG.warn("deposit {} of tenant {} is from a sanctioned address ({}); quarantined",
                            transfer.reference(), owner.tenant(), hit.get().listsText());
                }
            } else {
                int confirmations = (int) Math.min(Integer.MAX_VALUE, latest - transfer.blockNumber() + 1);
                Optional<DepositBooking.Outcome> held = holds.holdIfRequired(owner, transfer, confirmations);
                if (held.isPresent()) {
                    outcome = held.get();
                    if (outcome == DepositBooking.Outcome.BOOKED) {
                        heldCount++;
                    }
                } else {
                    outcome = booking.credit(owner, transfer, confirmations);
                    if (outcome == DepositBooking.Outcome.BOOKED) {
                        credited++;
                    }
                }
            }
            if (outcome == DepositBooking.Outcome.ALREADY_BOOKED) {
                alreadyBooked++;
            }
        }
    }

    private void requireCanonical(DepositCursor cursor) {
        Optional<String> hash = chain.canonicalBlockHash(cursor.blockNumber());
        if (hash.isEmpty()) {
            // a node behind our cursor (fail-over to a lagging node) is an outage, not a reorganisation
            throw new ChainUnavailableException("the node has not reached the cursor block " + cursor.blockNumber());
        }
        if (!hash.get().equals(cursor.blockHash())) {
            LOG.error("deposit cursor block {} is no longer canonical; deposits need reconciliation",
                    cursor.blockNumber());
            throw new ChainReorganizedException(cursor.blockNumber());
        }
    }

    private String canonicalHash(long blockNumber) {
        return chain.canonicalBlockHash(blockNumber).orElseThrow(() -> new ChainUnavailableException(
                "block " + blockNumber + " is not available from the node"));
    }

    private static String checksum(String lowerHexAddress) {
        return EthereumAddressCodec.toChecksumAddress(HEX.parseHex(lowerHexAddress.substring(2)));
    }
}
