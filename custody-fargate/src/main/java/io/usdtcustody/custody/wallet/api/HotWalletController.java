package io.usdtcustody.custody.wallet.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.custody.wallet.HotWallets;
import io.usdtcustody.model.json.JsonCodec;

/** Operator view of the hot wallets (addresses only; keys never leave the HSM). The gateway keeps it internal. */
@Controller("/v1/hot-wallets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = HotWallets.class)
public class HotWalletController {
    private final HotWallets wallets;
    private final JsonCodec codec;

    public HotWalletController(HotWallets wallets, JsonCodec codec) {
        this.wallets = wallets;
        this.codec = codec;
    }

    @Get
    public HttpResponse<byte[]> list() {
        return HttpResponse.ok(codec.write(wallets.ensureKeys())).contentType(MediaType.APPLICATION_JSON);
    }
}
