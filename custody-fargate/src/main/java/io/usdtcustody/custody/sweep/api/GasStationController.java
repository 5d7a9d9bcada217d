package io.usdtcustody.custody.sweep.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.custody.sweep.GasStation;
import io.usdtcustody.custody.sweep.port.SweepChain;
import io.usdtcustody.model.json.JsonCodec;

/**
 * The gas station for operators: its address, which they keep funded with ether, and what it holds now. Present
 * when custody sweeps deposits (hot HSM token, Ethereum node and token contract configured).
 */
@Controller("/v1/gas-station")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = GasStation.class)
public class GasStationController {

    /** The gas station as operators see it; the balance in wei as a decimal string. */
    public record GasStationView(String chain, String label, String address, String balanceWei) {
    }

    private final GasStation station;
    private final SweepChain chain;
    private final JsonCodec codec;

    public GasStationController(GasStation station, SweepChain chain, JsonCodec codec) {
        this.station = station;
        this.chain = chain;
        this.codec = codec;
    }

    @Get
    public HttpResponse<byte[]> show() {
        return HttpResponse.ok(codec.write(new GasStationView("ETHEREUM", GasStation.LABEL.value(), station.address(),
                chain.etherBalance(station.address()).toString()))).contentType(MediaType.APPLICATION_JSON);
    }
}
