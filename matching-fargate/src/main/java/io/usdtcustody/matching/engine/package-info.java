/**
 * The matching engine: order books, trading balances and pre-trade risk in plain, single-threaded Java.
 *
 * <h2>Commands in, events out</h2>
 * A sequencer stamps each {@link io.usdtcustody.matching.engine.api.Command} with time and (for orders) an
 * increasing order id and hands it to {@link io.usdtcustody.matching.engine.MatchingEngine#execute}, which
 * reports what happens through {@link io.usdtcustody.matching.engine.api.EngineEvents} and returns a
 * {@link io.usdtcustody.matching.engine.api.ResultCode}. Commands: {@code ADD_ASSET}, {@code ADD_SYMBOL},
 * {@code DEPOSIT} and {@code WITHDRAW} (funding ↔ trading, exactly once per 128-bit transfer id), {@code PLACE}
 * (LIMIT GTC/IOC/FOK, post-only, MARKET = IOC), {@code CANCEL}, {@code AMEND}. Events: {@code orderAccepted},
 * {@code trade}, {@code orderCancelled} (with a {@link io.usdtcustody.matching.engine.api.CancelReason}),
 * {@code orderAmended}, {@code rejected}, {@code transfer}, {@code defined}. The engine never reads a clock,
 * never throws on the command path, and allocates nothing per order once warm.
 *
 * <h2>Amounts</h2>
 * Scaled longs: prices in units of 10^-priceScale quote per base, quantities in 10^-quantityScale base,
 * balances in each asset's 10^-scale units ({@link io.usdtcustody.matching.engine.instrument.SymbolSpec}).
 *
 * <h2>The journal seam</h2>
 * <ul>
 *   <li>Write side: the sequencer appends each command to a {@link io.usdtcustody.matching.engine.CommandLog}
 *       before executing it; the journal's implementation encodes it with
 *       {@link io.usdtcustody.matching.engine.command.CommandCodec} (big-endian, 46 bytes for a PLACE).</li>
 *   <li>Recovery side: {@link io.usdtcustody.matching.engine.MatchingEngine#restore(byte[])} the latest
 *       {@link io.usdtcustody.matching.engine.DeterministicStateMachine#snapshot() snapshot}, then
 *       {@link io.usdtcustody.matching.engine.DeterministicStateMachine#apply apply} every record after it;
 *       {@link io.usdtcustody.matching.engine.DeterministicStateMachine#stateHash() stateHash} (SHA-256 of the
 *       canonical snapshot) then equals the original engine's.</li>
 * </ul>
 */
package io.usdtcustody.matching.engine;
