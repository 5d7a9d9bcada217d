package io.usdtcustody.custody.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.address.AddressValidation;
import io.usdtcustody.model.address.AddressValidator;
import io.usdtcustody.model.money.Chain;
import java.util.List;
import java.util.Set;

/**
 * {@code address validate <ethereum|tron|omni> <address>}: prints
 * {@code {"valid", "normalized", "reason"}} (null where not applicable); the caller maps validity to the
 * exit code.
 */
final class AddressValidateCommand {

    AddressValidation validate(List<String> args) {
        CommandLineOptions options = CommandLineOptions.parse(args, Set.of(), "address validate");
        List<String> positionals = options.positionals();
        if (positionals.size() != 2) {
            throw new UsageException("usage: address validate <ethereum|tron|omni> <address>");
        }
        Chain chain = CommandLineOptions.chain(positionals.get(0));
        return AddressValidator.validate(chain, positionals.get(1));
    }

    static ObjectNode toJson(AddressValidation validation) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("valid", validation.valid());
        json.put("normalized", validation.normalized());
        json.put("reason", validation.reason());
        return json;
    }
}
