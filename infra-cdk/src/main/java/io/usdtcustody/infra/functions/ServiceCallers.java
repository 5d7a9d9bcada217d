package io.usdtcustody.infra.functions;

import io.usdtcustody.infra.NamedResources;
import io.usdtcustody.infra.services.CatalogueService;
import io.usdtcustody.model.catalogue.FunctionSpec;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.constructs.Construct;

/**
 * How a function reaches the catalogue services it calls ({@link FunctionSpec#callsServices()}): it runs in the
 * services' VPC, in the private subnets (the NAT gateway carries its calls to AWS APIs), behind a security group of
 * its own that lets nothing in and lets out only HTTPS (AWS APIs) and each called service's port inside the VPC
 * (where its internal load balancer listens), and it gets {@code <SERVICE>_SERVICE_URL}, the variable the local
 * gateway sets too.
 *
 * <p>The URL is the service's internal network load balancer, handed over as a cross-stack reference rather
 * than through Cloud Map service discovery: the NLB already exists (it is the API's VPC link target), its DNS name
 * is stable across task replacements and only routes to tasks that pass the health check, while Cloud Map would
 * add a namespace and A records that point at a stopping task during the services' stop-then-start deployments.
 * The reference is strong (the app's default), so CloudFormation refuses to remove the NLB while a function uses it.
 */
final class ServiceCallers {
    static final int HTTPS = 443;

    private final IVpc vpc;
    private final NamedResources<CatalogueService> services;

    ServiceCallers(IVpc vpc, NamedResources<CatalogueService> services) {
        this.vpc = vpc;
        this.services = services;
    }

    /** The VPC placement of a function that calls services; empty for one that calls none. */
    Optional<CatalogueFunction.Network> network(Construct scope, FunctionSpec spec) {
        if (spec.callsServices().isEmpty()) {
            return Optional.empty();
        }
        SecurityGroup group = SecurityGroup.Builder.create(scope, "ServiceCallers-" + spec.name())
                .vpc(vpc)
                .description(spec.name() + " function: HTTPS to AWS APIs, and the services it calls")
                .allowAllOutbound(false)
                .build();
        group.addEgressRule(Peer.anyIpv4(), Port.tcp(HTTPS), "AWS APIs (DynamoDB) through the NAT gateway");
        for (String name : spec.callsServices()) {
            int port = services.get(name).spec().port();
            group.addEgressRule(Peer.ipv4(vpc.getVpcCidrBlock()), Port.tcp(port),
                    name + " service's internal load balancer");
        }
        return Optional.of(new CatalogueFunction.Network(vpc, group));
    }

    /** {@code <SERVICE>_SERVICE_URL} for each service the function calls: its load balancer's DNS name and port. */
    Map<String, String> environment(FunctionSpec spec) {
        Map<String, String> environment = new TreeMap<>();
        for (String name : spec.callsServices()) {
            CatalogueService service = services.get(name);
            environment.put(urlVariable(name), "http://" + service.loadBalancer().getLoadBalancerDnsName() + ":"
                    + service.spec().port());
        }
        return environment;
    }

    /** The variable naming a service's URL, as the local gateway names it: {@code custody} → {@code CUSTODY_SERVICE_URL}. */
    static String urlVariable(String service) {
        return service.toUpperCase(Locale.ROOT).replace('-', '_') + "_SERVICE_URL";
    }
}
