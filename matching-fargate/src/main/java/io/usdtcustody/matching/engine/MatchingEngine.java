package io.usdtcustody.matching.engine;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.book.BookView;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import io.usdtcustody.matching.engine.command.CommandCodec;
import io.usdtcustody.matching.engine.instrument.AssetSpec;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.matching.engine.order.OrderDesk;
import io.usdtcustody.matching.engine.risk.Account;
import io.usdtcustody.matching.engine.state.EngineSnapshot;
import io.usdtcustody.matching.engine.state.EngineState;
import io.usdtcustody.matching.engine.state.StateHash;
import io.usdtcustody.matching.engine.transfer.TransferDesk;
import java.nio.ByteBuffer;

/**
 * The matching engine: order books per symbol, trading balances and pre-trade risk, in plain single-threaded
 * Java. Feed it sequenced {@link Command}s one at a time from one thread; it reports what happens through
 * {@link EngineEvents} and returns a {@link ResultCode} (it never throws on the command path, never reads a
 * clock and allocates nothing per order once warm). A refused command changes nothing and is reported through
 * {@link EngineEvents#rejected}.
 */
public final class MatchingEngine implements DeterministicStateMachine {
    private final EngineState state;
    private final Definitions definitions;
    private final TransferDesk transfers;
    private final OrderDesk orders;
    private final Command decoded = new Command();

    /** An empty engine with the fast books. */
    public MatchingEngine(EngineConfig config) {
        this(config, OrderBookFactory.FAST);
    }

    /** An empty engine whose books come from {@code books} (the reference books, to audit the fast ones). */
    public MatchingEngine(EngineConfig config, OrderBookFactory books) {
        this(new EngineState(config, books));
    }

    private MatchingEngine(EngineState state) {
        this.state = state;
        this.definitions = new Definitions(state);
        this.transfers = new TransferDesk(state);
        this.orders = new OrderDesk(state);
    }

    /**
     * Rebuilds an engine from {@link #snapshot()} bytes; its rules come from the snapshot, its sizing hints from
     * {@code sizing}.
     *
     * @throws io.usdtcustody.matching.engine.state.SnapshotFormatException when the bytes are not a snapshot
     */
    public static MatchingEngine restore(byte[] snapshot, OrderBookFactory books, EngineConfig sizing) {
        return new MatchingEngine(EngineSnapshot.read(snapshot, books, sizing));
    }

    public static MatchingEngine restore(byte[] snapshot) {
        return restore(snapshot, OrderBookFactory.FAST, EngineConfig.DEFAULT);
    }

    /** Executes one command. */
    public ResultCode execute(Command command, EngineEvents events) {
        ResultCode code = switch (command.type) {
            case PLACE -> orders.place(command, events);
            case CANCEL -> orders.cancel(command, events);
            case AMEND -> orders.amend(command, events);
            case DEPOSIT, WITHDRAW -> transfers.apply(command, events);
            case ADD_ASSET, ADD_SYMBOL -> definitions.apply(command, events);
        };
        if (code != ResultCode.SUCCESS && code != ResultCode.TRANSFER_ALREADY_APPLIED) {
            events.rejected(command, code);
        }
        return code;
    }

    @Override
    public ResultCode apply(ByteBuffer commandRecord, EngineEvents events) {
        if (!CommandCodec.decode(commandRecord, decoded)) {
            return ResultCode.MALFORMED_COMMAND;
        }
        return execute(decoded, events);
    }

    @Override
    public byte[] snapshot() {
        return EngineSnapshot.write(state);
    }

    @Override
    public String stateHash() {
        return StateHash.of(state);
    }

    // --- reading the state ------------------------------------------------------------------------------

    public EngineConfig config() {
        return state.config();
    }

    /** The book of a symbol (read-only), or {@code null}. */
    public BookView book(int symbolId) {
        return state.book(symbolId);
    }

    public SymbolSpec symbol(int symbolId) {
        return state.instruments().symbol(symbolId);
    }

    public AssetSpec asset(int assetId) {
        return state.instruments().asset(assetId);
    }

    /** One more than the highest asset id defined. */
    public int assetIdBound() {
        return state.instruments().assetIdBound();
    }

    public int symbolIdBound() {
        return state.instruments().symbolIdBound();
    }

    public long available(long accountId, int assetId) {
        Account account = state.accounts().get(accountId);
        return account == null ? 0 : account.available(assetId);
    }

    public long reserved(long accountId, int assetId) {
        Account account = state.accounts().get(accountId);
        return account == null ? 0 : account.reserved(assetId);
    }

    /** Every account id that holds or held funds, ascending (allocates). */
    public long[] accountIds() {
        return state.accounts().sortedIds();
    }

    /** Deposits minus withdrawals of the asset: what all its balances (fees included) add up to. */
    public long netTransferredIn(int assetId) {
        return state.netTransferredIn(assetId);
    }

    /** The highest order id accepted so far; the sequencer's next id must be greater. */
    public long lastOrderId() {
        return state.lastOrderId();
    }
}
