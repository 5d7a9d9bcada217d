/**
 * The IVMS101 (interVASP Messaging Standard 101) data model: the originator, beneficiary and VASP identity
 * data that the Travel Rule makes travel with a virtual-asset transfer.
 *
 * <p>Two layers, on purpose. The records' constructors check only <em>shape</em> (required parts present,
 * exactly one kind of person, immutable lists), so that a message received from another VASP can always be
 * represented and then judged. The standard's <em>content</em> rules (lengths, country codes, LEGL names,
 * LEI check digits, dates in the past …) live in {@link io.usdtcustody.model.travelrule.ivms101.Ivms101Validator},
 * which reports every fault at once as field errors, because a counterparty must be told all that is wrong
 * with its message, not one fault per round trip. JSON goes through
 * {@link io.usdtcustody.model.travelrule.ivms101.Ivms101Json}, which collects structural faults the same way.
 */
package io.usdtcustody.model.travelrule.ivms101;
