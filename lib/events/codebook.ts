import type { EventType } from "@/lib/generated/prisma/enums";

// Faultline's event codebook, modelled on ACLED's event / sub-event types but cut for
// war-and-diplomacy news. The enum lives in prisma/schema.prisma; this says what each value means.
export type EventCategory = "diplomacy" | "military" | "policy" | "other";

export const EVENT_TYPES: Record<EventType, { label: string; category: EventCategory; definition: string }> = {
  summit_talks: { label: "Summit or talks", category: "diplomacy", definition: "Leaders or delegations meet: summits, negotiations, forums." },
  phone_call: { label: "Phone call", category: "diplomacy", definition: "A call or video call between leaders or officials." },
  proposal: { label: "Proposal or offer", category: "diplomacy", definition: "A plan, offer, invitation or initiative is put forward." },
  rejection: { label: "Rejection", category: "diplomacy", definition: "A proposal, offer or plan is refused or abandoned." },
  agreement_ceasefire: { label: "Agreement or ceasefire", category: "diplomacy", definition: "A deal, treaty, exchange or ceasefire is agreed or takes effect." },
  missile_drone_strike: { label: "Missile or drone strike", category: "military", definition: "Remote violence: missiles, drones, air strikes, shelling." },
  energy_infrastructure_attack: { label: "Attack on energy infrastructure", category: "military", definition: "Strikes on power plants, grids, refineries, pipelines, depots." },
  ground_battle: { label: "Ground battle", category: "military", definition: "Armed clashes between ground forces." },
  ground_advance: { label: "Ground advance", category: "military", definition: "Territory taken or lost; an advance or withdrawal." },
  aid_arms_decision: { label: "Aid or arms decision", category: "policy", definition: "Military or financial aid promised, sent, paused or cut." },
  sanctions: { label: "Sanctions", category: "policy", definition: "Sanctions, tariffs or embargoes imposed, eased or lifted." },
  threat_warning: { label: "Threat or warning", category: "policy", definition: "An explicit threat or warning of consequences." },
  casualties: { label: "Casualties", category: "military", definition: "Reported deaths or injuries not tied to a single strike or battle." },
  political_change: { label: "Political change", category: "policy", definition: "Appointments, elections, resignations, changes of office." },
  other: { label: "Other", category: "other", definition: "Anything reported that fits no other type." },
};

export function eventTypeLabel(type: EventType): string {
  return EVENT_TYPES[type].label;
}
