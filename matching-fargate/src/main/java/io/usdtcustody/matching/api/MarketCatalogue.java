package io.usdtcustody.matching.api;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.instrument.AssetSpec;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.util.ArrayList;
import java.util.List;

/**
 * The assets and symbols the service trades, and the definition commands that put them into a fresh engine
 * (journaled like any command, so they are defined once and replayed after that). Prices are quoted in USDT
 * cents, quantities in 10^-4 of the base asset.
 */
public final class MarketCatalogue {
    static final int USDT = 0;
    static final int BTC = 1;
    static final int ETH = 2;

    private MarketCatalogue() {
    }

    /** The definitions a fresh engine needs; those {@code engine} already has are left out. */
    static List<Command> missingDefinitions(MatchingEngine engine) {
        List<Command> commands = new ArrayList<>();
        addAsset(engine, commands, USDT, "USDT", 6);
        addAsset(engine, commands, BTC, "BTC", 8);
        addAsset(engine, commands, ETH, "ETH", 8);
        addSymbol(engine, commands, 0, "BTC-USDT", BTC);
        addSymbol(engine, commands, 1, "ETH-USDT", ETH);
        return commands;
    }

    private static void addAsset(MatchingEngine engine, List<Command> out, int id, String name, int scale) {
        if (id >= engine.assetIdBound() || engine.asset(id) == null) {
            out.add(new Command().addAsset(0, id, name, scale));
        }
    }

    private static void addSymbol(MatchingEngine engine, List<Command> out, int id, String name, int base) {
        if (id >= engine.symbolIdBound() || engine.symbol(id) == null) {
            out.add(new Command().addSymbol(0, id, name, base, USDT, 2, 4, 1, 1, 10, 20));
        }
    }

    /** The symbol named {@code name}, or a 404 problem. */
    static SymbolSpec symbol(MatchingEngine engine, String name) {
        for (int id = 0; id < engine.symbolIdBound(); id++) {
            SymbolSpec symbol = engine.symbol(id);
            if (symbol != null && symbol.name().equals(name)) {
                return symbol;
            }
        }
        throw new PlatformException(ErrorCode.NOT_FOUND, "no symbol " + name);
    }

    /** Every defined asset, by id. */
    static List<AssetSpec> assets(MatchingEngine engine) {
        List<AssetSpec> assets = new ArrayList<>();
        for (int id = 0; id < engine.assetIdBound(); id++) {
            if (engine.asset(id) != null) {
                assets.add(engine.asset(id));
            }
        }
        return assets;
    }
}
