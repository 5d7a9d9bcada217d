package io.usdtcustody.infra.api;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * A regional WAFv2 web ACL in front of an API Gateway stage: AWS's common and known-bad-input rule groups,
 * and a per-IP rate limit that blocks floods before they reach a usage plan or a function.
 */
public final class RegionalWebAcl extends Construct {
    public static final String COMMON_RULE_SET = "AWSManagedRulesCommonRuleSet";
    public static final String KNOWN_BAD_INPUTS_RULE_SET = "AWSManagedRulesKnownBadInputsRuleSet";
    /** Requests per client IP in any five-minute window; a partner behind one NAT stays well under it. */
    public static final long RATE_LIMIT_PER_FIVE_MINUTES = 2_000;

    private final CfnWebACL webAcl;

    /** One web ACL for every stage in {@code stageArns} (the partner and the mobile edge share its rules). */
    public RegionalWebAcl(Construct scope, String id, String name, List<String> stageArns) {
        super(scope, id);
        this.webAcl = CfnWebACL.Builder.create(this, "WebAcl")
                .name(name)
                .scope("REGIONAL")
                .defaultAction(CfnWebACL.DefaultActionProperty.builder()
                        .allow(CfnWebACL.AllowActionProperty.builder().build())
                        .build())
                .visibilityConfig(visibility(name))
                .rules(List.of(
                        managedRuleGroup(0, COMMON_RULE_SET),
                        managedRuleGroup(1, KNOWN_BAD_INPUTS_RULE_SET),
                        rateLimit(2)))
                .build();
        for (int i = 0; i < stageArns.size(); i++) {
            CfnWebACLAssociation.Builder.create(this, "StageAssociation" + i)
                    .resourceArn(stageArns.get(i))
                    .webAclArn(webAcl.getAttrArn())
                    .build();
        }
    }

    public CfnWebACL webAcl() {
        return webAcl;
    }

    private static CfnWebACL.RuleProperty managedRuleGroup(int priority, String ruleGroup) {
        return CfnWebACL.RuleProperty.builder()
                .name(ruleGroup)
                .priority(priority)
                .overrideAction(CfnWebACL.OverrideActionProperty.builder().none(Map.of()).build())
                .statement(CfnWebACL.StatementProperty.builder()
                        .managedRuleGroupStatement(CfnWebACL.ManagedRuleGroupStatementProperty.builder()
                                .vendorName("AWS")
                                .name(ruleGroup)
                                .build())
                        .build())
                .visibilityConfig(visibility(ruleGroup))
                .build();
    }

    private static CfnWebACL.RuleProperty rateLimit(int priority) {
        return CfnWebACL.RuleProperty.builder()
                .name("RateLimitPerIp")
                .priority(priority)
                .action(CfnWebACL.RuleActionProperty.builder()
                        .block(CfnWebACL.BlockActionProperty.builder().build())
                        .build())
                .statement(CfnWebACL.StatementProperty.builder()
                        .rateBasedStatement(CfnWebACL.RateBasedStatementProperty.builder()
                                .limit(RATE_LIMIT_PER_FIVE_MINUTES)
                                .aggregateKeyType("IP")
                                .build())
                        .build())
                .visibilityConfig(visibility("RateLimitPerIp"))
                .build();
    }

    private static CfnWebACL.VisibilityConfigProperty visibility(String metricName) {
        return CfnWebACL.VisibilityConfigProperty.builder()
                .cloudWatchMetricsEnabled(true)
                .sampledRequestsEnabled(true)
                .metricName(metricName)
                .build();
    }
}
