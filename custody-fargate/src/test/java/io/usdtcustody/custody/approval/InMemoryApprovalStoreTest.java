package io.usdtcustody.custody.approval;

import io.usdtcustody.custody.approval.adapter.InMemoryApprovalStore;
import io.usdtcustody.custody.approval.adapter.InMemoryApproverRegistry;
import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.custody.approval.port.ApproverRegistry;

class InMemoryApprovalStoreTest extends ApprovalStoreContract {
    @Override
    protected ApprovalStore newStore() {
        return new InMemoryApprovalStore();
    }

    @Override
    protected ApproverRegistry newRegistry() {
        return new InMemoryApproverRegistry();
    }
}
