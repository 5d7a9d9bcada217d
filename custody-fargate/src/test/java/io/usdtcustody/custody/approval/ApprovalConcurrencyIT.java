package io.usdtcustody.custody.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.approval.adapter.DynamoDbApprovalStore;
import io.usdtcustody.custody.approval.adapter.DynamoDbApproverRegistry;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** 2-of-3 approvals sent at the same moment by three approvers, with approvals stored in DynamoDB Local. */
@LocalCloudTest(Service.DYNAMODB)
class ApprovalConcurrencyIT {
    private static final int ROUNDS = 10;

    @Test
    void approve_shouldApproveExactlyOnce_whenThreeApproversSignConcurrently(DynamoDbClient dynamoDb,
                                                                             ResourceNaming naming) throws Exception {
        String table = naming.table(ResourceCatalogue.WALLETS);
        ApprovalFixtures fixtures = new ApprovalFixtures(new DynamoDbApprovalStore(dynamoDb, table),
                new DynamoDbApproverRegistry(dynamoDb, table));
        Map<String, ApproverKeys> approvers = Map.of("carol", fixtures.registered("carol"),
                "dave", fixtures.registered("dave"), "erin", fixtures.registered("erin"));
        ExecutorService pool = Executors.newFixedThreadPool(approvers.size());
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Withdrawal w = fixtures.held("20000");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                approvers.forEach((id, keys) -> {
                    byte[] signature = ApprovalFixtures.signed(keys, w);
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        try {
                            return fixtures.service.approve(ApprovalFixtures.TENANT, w.id(), id, signature)
                                    .withdrawal().state().name();
                        } catch (PlatformException e) {
                            return e.errorCode().name();
                        }
                    }));
                });
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get(30, TimeUnit.SECONDS));
                }

                assertThat(results).allMatch(r -> r.equals("APPROVED") || r.equals("PENDING_APPROVAL")
                        || r.equals(ErrorCode.CONFLICT.name()));
                assertThat(results).contains("APPROVED");
                assertThat(fixtures.withdrawals.find(ApprovalFixtures.TENANT, w.id()).orElseThrow().state())
                        .isEqualTo(WithdrawalState.APPROVED);
                assertThat(fixtures.approvalStore.approvals(ApprovalFixtures.TENANT, w.id())).hasSizeBetween(2, 3);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.transitionsInto(WithdrawalState.APPROVED)).isEqualTo(ROUNDS);
    }
}
