package io.usdtcustody.custody.ledger.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A customer's funding balances per supported asset: available, and held for in-flight withdrawals. */
@Controller("/v1/customers/{customerId}/balances")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BalanceController {
    private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final List<Asset> ASSETS = List.of(Asset.USDT_ETHEREUM, Asset.USDT_TRON, Asset.USDT_OMNI);

    /** One asset's balances, amounts as decimal strings. */
    public record BalanceView(String asset, String chain, String available, String held) {
    }

    private final Ledger ledger;
    private final JsonCodec codec;

    public BalanceController(Ledger ledger, JsonCodec codec) {
        this.ledger = ledger;
        this.codec = codec;
    }

    @Get
    public HttpResponse<byte[]> balances(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                         @PathVariable String customerId) {
        TenantId tenant = TenantHeader.require(tenantHeader);
        if (!CUSTOMER_ID.matcher(customerId).matches()) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "customerId must be 1-64 letters, digits, '_' or '-'");
        }
        List<BalanceView> balances = new ArrayList<>();
        for (Asset asset : ASSETS) {
            Amount available = balance(tenant, customerId, asset, AccountPurpose.FUNDING);
            Amount held = balance(tenant, customerId, asset, AccountPurpose.WITHDRAWAL_HOLD);
            balances.add(new BalanceView(asset.code(), asset.chain().name(), available.toPlainString(), held.toPlainString()));
        }
        return HttpResponse.ok(codec.write(balances)).contentType(MediaType.APPLICATION_JSON);
    }

    private Amount balance(TenantId tenant, String customerId, Asset asset, AccountPurpose purpose) {
        return ledger.balance(tenant, AccountId.customer(tenant, customerId, asset, purpose)).orElse(Amount.zero(asset));
    }
}
