package io.usdtcustody.custody.deposit.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.custody.address.port.DepositAddresses;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Deposit addresses: a customer's address per chain (allocated once, the same answer ever after), and the
 * registration of a tenant's account xpub that addresses are derived from. Registering is an operator action;
 * the gateway exposes it on the admin route only.
 */
@Controller("/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DepositAddressController {
    private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /** Body of the xpub registration. */
    public record XpubBody(String xpub) {
    }

    /** A deposit address as API clients see it. */
    public record DepositAddressView(String customerId, String chain, String address) {
    }

    private final DepositAddresses addresses;
    private final AccountXpubs xpubs;
    private final JsonCodec codec;

    public DepositAddressController(DepositAddresses addresses, AccountXpubs xpubs, JsonCodec codec) {
        this.addresses = addresses;
        this.xpubs = xpubs;
        this.codec = codec;
    }

    @Post("/customers/{customerId}/deposit-addresses/{chain}")
    public HttpResponse<byte[]> addressFor(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                           @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                           @PathVariable String customerId, @PathVariable String chain) {
        TenantId tenant = TenantHeader.require(tenantHeader);
        if (idempotencyKey == null) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "the Idempotency-Key header is required");
        }
        if (!CUSTOMER_ID.matcher(customerId).matches()) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "customerId must be 1-64 letters, digits, '_' or '-'");
        }
        DepositAddress address = addresses.addressFor(tenant, customerId, chain(chain));
        return HttpResponse.ok(codec.write(new DepositAddressView(address.customerId(), address.chain().name(),
                address.address()))).contentType(MediaType.APPLICATION_JSON);
    }

    @Put("/account-xpubs/{chain}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> registerXpub(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                             @PathVariable String chain, @Nullable @Body byte[] body) {
        TenantId tenant = TenantHeader.require(tenantHeader);
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        XpubBody request = codec.read(body, XpubBody.class);
        xpubs.register(tenant, chain(chain), ExtendedKey.parse(request.xpub()));
        return HttpResponse.noContent();
    }

    private static Chain chain(String text) {
        try {
            return Chain.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "chain must be one of ETHEREUM, TRON, OMNI");
        }
    }
}
