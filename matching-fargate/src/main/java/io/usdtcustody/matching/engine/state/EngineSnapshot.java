package io.usdtcustody.matching.engine.state;

import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.SelfTradePrevention;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.book.OrderBook;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import io.usdtcustody.matching.engine.instrument.AssetSpec;
import io.usdtcustody.matching.engine.instrument.Instruments;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.matching.engine.risk.Account;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32C;

/**
 * The whole engine state as bytes, in one canonical order (ids ascending, books in priority order), so equal
 * states give equal bytes: the state hash is taken over them. Layout (big-endian, version 1): magic, version,
 * rules, last order id, assets with their net transfers in, symbols, accounts with a balance pair per asset,
 * applied transfer ids, each book's orders, and a CRC-32C of everything before it.
 */
public final class EngineSnapshot {
    private static final int MAGIC = 0x4D45534E; // "MESN"
    private static final int VERSION = 1;

    private EngineSnapshot() {
    }

    public static byte[] write(EngineState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            EngineConfig config = state.config();
            out.writeUTF(config.selfTradePrevention().name());
            out.writeInt(config.maxOrdersPerSecondPerAccount());
            out.writeLong(config.feeAccountId());
            out.writeLong(state.lastOrderId());
            Instruments instruments = state.instruments();
            int assetBound = instruments.assetIdBound();
            out.writeInt(instruments.assetCount());
            for (int id = 0; id < assetBound; id++) {
                AssetSpec asset = instruments.asset(id);
                if (asset != null) {
                    out.writeInt(id);
                    out.writeUTF(asset.name());
                    out.writeInt(asset.scale());
                    out.writeLong(state.netTransferredIn(id));
                }
            }
            int symbolBound = instruments.symbolIdBound();
            out.writeInt(instruments.symbolCount());
            for (int id = 0; id < symbolBound; id++) {
                SymbolSpec s = instruments.symbol(id);
                if (s != null) {
                    writeSymbol(out, s);
                }
            }
            long[] accountIds = state.accounts().sortedIds();
            out.writeInt(accountIds.length);
            for (long accountId : accountIds) {
                Account account = state.accounts().get(accountId);
                out.writeLong(accountId);
                out.writeLong(account.rateWindow());
                out.writeInt(account.ordersInWindow());
                for (int id = 0; id < assetBound; id++) {
                    if (instruments.asset(id) != null) {
                        out.writeLong(account.available(id));
                        out.writeLong(account.reserved(id));
                    }
                }
            }
            long[] transfers = state.appliedTransfers().sortedPairs();
            out.writeInt(transfers.length / 2);
            for (long half : transfers) {
                out.writeLong(half);
            }
            for (int id = 0; id < symbolBound; id++) {
                if (instruments.symbol(id) != null) {
                    writeBook(out, state.book(id));
                }
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeSymbol(DataOutputStream out, SymbolSpec s) throws IOException {
        out.writeInt(s.symbolId());
        out.writeUTF(s.name());
        out.writeInt(s.base().assetId());
        out.writeInt(s.quote().assetId());
        out.writeInt(s.priceScale());
        out.writeInt(s.quantityScale());
        out.writeLong(s.tick());
        out.writeLong(s.lot());
        out.writeInt(s.makerFeeBps());
        out.writeInt(s.takerFeeBps());
    }

    private static void writeBook(DataOutputStream out, OrderBook book) throws IOException {
        out.writeInt(book.orderCount());
        IOException[] failure = new IOException[1];
        book.forEachOrder(o -> {
            try {
                out.writeLong(o.orderId());
                out.writeLong(o.accountId());
                out.writeByte(o.side() == Side.BUY ? 'B' : 'S');
                out.writeLong(o.price());
                out.writeLong(o.remaining());
                out.writeLong(o.timestampNanos());
                out.writeBoolean(o.postOnly());
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /**
     * Rebuilds an engine state from a snapshot, with books from {@code bookFactory}. The rules come from the
     * snapshot; only the sizing hints come from {@code sizing}.
     *
     * @throws SnapshotFormatException when the bytes are not a valid snapshot
     */
    public static EngineState read(byte[] snapshot, OrderBookFactory bookFactory, EngineConfig sizing) {
        if (snapshot.length < 12) {
            throw new SnapshotFormatException("too short to be a snapshot");
        }
        CRC32C crc = new CRC32C();
        crc.update(snapshot, 0, snapshot.length - 4);
        int stored = ((snapshot[snapshot.length - 4] & 0xFF) << 24) | ((snapshot[snapshot.length - 3] & 0xFF) << 16)
                | ((snapshot[snapshot.length - 2] & 0xFF) << 8) | (snapshot[snapshot.length - 1] & 0xFF);
        if (stored != (int) crc.getValue()) {
            throw new SnapshotFormatException("checksum mismatch");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot, 0, snapshot.length - 4))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new SnapshotFormatException("not a version " + VERSION + " engine snapshot");
            }
            EngineConfig config = new EngineConfig(SelfTradePrevention.valueOf(in.readUTF()), in.readInt(),
                    in.readLong(), sizing.expectedOrdersPerBook(), sizing.expectedAccounts());
            EngineState state = new EngineState(config, bookFactory);
            state.lastOrderId(in.readLong());
            readInstruments(in, state);
            readAccounts(in, state);
            int transfers = in.readInt();
            for (int i = 0; i < transfers; i++) {
                state.appliedTransfers().add(in.readLong(), in.readLong());
            }
            Instruments instruments = state.instruments();
            for (int id = 0; id < instruments.symbolIdBound(); id++) {
                if (instruments.symbol(id) != null) {
                    readBook(in, state.book(id));
                }
            }
            if (in.available() != 0) {
                throw new SnapshotFormatException("trailing bytes after the last book");
            }
            return state;
        } catch (IOException | IllegalArgumentException e) {
            throw new SnapshotFormatException("malformed snapshot", e);
        }
    }

    private static void readInstruments(DataInputStream in, EngineState state) throws IOException {
        int assets = in.readInt();
        for (int i = 0; i < assets; i++) {
            int id = in.readInt();
            state.instruments().addAsset(id, in.readUTF(), in.readInt());
            state.assetAdded(id);
            state.addNetTransferredIn(id, in.readLong());
        }
        int symbols = in.readInt();
        for (int i = 0; i < symbols; i++) {
            int id = in.readInt();
            state.instruments().addSymbol(id, in.readUTF(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readLong(), in.readLong(), in.readInt(), in.readInt());
            state.openBook(id);
        }
    }

    private static void readAccounts(DataInputStream in, EngineState state) throws IOException {
        int accounts = in.readInt();
        int assetBound = state.instruments().assetIdBound();
        for (int i = 0; i < accounts; i++) {
            Account account = state.accounts().getOrCreate(in.readLong());
            account.restoreRateWindow(in.readLong(), in.readInt());
            for (int id = 0; id < assetBound; id++) {
                if (state.instruments().asset(id) != null) {
                    account.restore(id, in.readLong(), in.readLong());
                }
            }
        }
    }

    private static void readBook(DataInputStream in, OrderBook book) throws IOException {
        int orders = in.readInt();
        for (int i = 0; i < orders; i++) {
            long orderId = in.readLong();
            long accountId = in.readLong();
            Side side = in.readByte() == 'B' ? Side.BUY : Side.SELL;
            book.restore(orderId, accountId, side, in.readLong(), in.readLong(), in.readLong(), in.readBoolean());
        }
    }
}
