package io.usdtcustody.infra.security;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * A customer-managed KMS key with yearly rotation, kept when its stack is deleted, and a key policy that names
 * its actions instead of CDK's default {@code kms:*}.
 *
 * <p>The policy delegates to the account's IAM (the account root principal), so the grants CDK writes into
 * role policies ({@code table.grantReadData(role)}) take effect; it lists every action those grants and
 * CloudFormation use, and nothing else. Why not {@code kms:*}: on a key that protects the ledger, a wildcard
 * silently admits every KMS action AWS adds later, without anyone reviewing it.
 */
public final class CustomerManagedKey {

    /** Administration of the key itself: what CloudFormation and key custodians do. */
    static final List<String> ADMIN_ACTIONS = List.of(
            "kms:CancelKeyDeletion", "kms:CreateAlias", "kms:DeleteAlias", "kms:DescribeKey",
            "kms:DisableKey", "kms:DisableKeyRotation", "kms:EnableKey", "kms:EnableKeyRotation",
            "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListGrants", "kms:ListKeyPolicies",
            "kms:ListKeyRotations", "kms:ListResourceTags", "kms:PutKeyPolicy", "kms:RetireGrant",
            "kms:RevokeGrant", "kms:RotateKeyOnDemand", "kms:ScheduleKeyDeletion", "kms:TagResource",
            "kms:UntagResource", "kms:UpdateAlias", "kms:UpdateKeyDescription");

    /** Use of the key by DynamoDB, Kinesis and S3 on behalf of principals the role policies allow (DynamoDB needs grants). */
    static final List<String> USAGE_ACTIONS = List.of(
            "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext",
            "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:CreateGrant");

    private CustomerManagedKey() {
    }

    /** Creates the key with the alias {@code alias/<aliasName>}. */
    public static Key create(Construct scope, String id, String aliasName, String description) {
        return Key.Builder.create(scope, id)
                .alias("alias/" + aliasName)
                .description(description)
                .enableKeyRotation(true)
                .pendingWindow(Duration.days(30))
                .removalPolicy(RemovalPolicy.RETAIN)
                .policy(keyPolicy())
                .build();
    }

    private static PolicyDocument keyPolicy() {
        return PolicyDocument.Builder.create()
                .statements(List.of(
                        statement("AccountAdministersKey", ADMIN_ACTIONS),
                        statement("AccountIamGrantsUse", USAGE_ACTIONS)))
                .build();
    }

    private static PolicyStatement statement(String sid, List<String> actions) {
        // In a key policy, resource "*" means "this key"; only the action list is what we keep narrow.
        return PolicyStatement.Builder.create()
                .sid(sid)
                .effect(Effect.ALLOW)
                .principals(List.of(new AccountRootPrincipal()))
                .actions(actions)
                .resources(List.of("*"))
                .build();
    }
}
