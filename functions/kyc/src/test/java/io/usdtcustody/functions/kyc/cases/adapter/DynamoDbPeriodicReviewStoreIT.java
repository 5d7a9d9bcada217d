package io.usdtcustody.functions.kyc.cases.adapter;

import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.port.PeriodicReviewStore;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Optional;

/** The periodic review store contract against DynamoDB Local, on the catalogue's customers table. */
@LocalCloudTest(Service.DYNAMODB)
class DynamoDbPeriodicReviewStoreIT extends PeriodicReviewStoreContract {
    private final DynamoDbKycCaseStore cases;
    private final DynamoDbPeriodicReviewStore reviews;

    DynamoDbPeriodicReviewStoreIT(CloudResources cloud) {
        String table = cloud.naming().table(ResourceCatalogue.CUSTOMERS);
        this.cases = new DynamoDbKycCaseStore(cloud.dynamoDb(), table, new JsonCodec());
        this.reviews = new DynamoDbPeriodicReviewStore(cloud.dynamoDb(), table, new JsonCodec());
    }

    @Override
    PeriodicReviewStore store() {
        return reviews;
    }

    @Override
    void given(KycCase decided, KycStanding standing) {
        if (cases.find(decided.tenant(), decided.customerId(), decided.caseId()).isEmpty()) {
            KycCase opened = KycCase.open(decided.tenant(), decided.caseId(), decided.customerId(), decided.purpose(),
                    decided.level(), decided.riskProfile(), decided.vendorApplicantId().orElseThrow(), decided.createdAt(),
                    decided.expiresAt());
            cases.create(opened);
            cases.update(decided, standing, opened.version());
        } else {
            cases.update(decided.withVendorEvent("evt-later-" + standing.caseId(), decided.updatedAt()), standing,
                    decided.version());
        }
    }

    @Override
    Optional<KycStanding> standing(TenantId tenant, String customerId) {
        return cases.standing(tenant, customerId);
    }
}
