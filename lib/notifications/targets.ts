import type { Channel, ChannelChoice, NotificationKind } from "@/lib/generated/prisma/enums";
import type { NotificationKindModule } from "./types";

export type DeliveryTarget = { channel: Channel; target: string; deviceId: string | null };

/** What a person gets when they have not chosen: push when they have a device, email otherwise. */
export function defaultChoice(deviceCount: number): ChannelChoice {
  return deviceCount > 0 ? "PUSH" : "EMAIL";
}

export function choiceFor(choices: Map<NotificationKind, ChannelChoice>, kind: NotificationKind, deviceCount: number): ChannelChoice {
  return choices.get(kind) ?? defaultChoice(deviceCount);
}

export function choiceIncludes(choice: ChannelChoice, channel: Channel): boolean {
  return choice === "BOTH" || choice === channel;
}

/** Whether the person, as they are now, still wants this kind by this channel. */
export function wantsChannel(
  module: NotificationKindModule,
  person: { choices: Map<NotificationKind, ChannelChoice>; deviceCount: number },
  channel: Channel,
): boolean {
  if (!module.channels.includes(channel)) return false;
  return !module.followsPreference || choiceIncludes(choiceFor(person.choices, module.kind, person.deviceCount), channel);
}

/** Where one message goes: the address, each push device, both or neither. */
export function targetsFor(
  module: NotificationKindModule,
  person: { choices: Map<NotificationKind, ChannelChoice>; deviceIds: string[] },
): DeliveryTarget[] {
  const who = { choices: person.choices, deviceCount: person.deviceIds.length };
  const targets: DeliveryTarget[] = [];
  if (wantsChannel(module, who, "EMAIL")) targets.push({ channel: "EMAIL", target: "email", deviceId: null });
  if (wantsChannel(module, who, "PUSH")) {
    for (const id of person.deviceIds) targets.push({ channel: "PUSH", target: id, deviceId: id });
  }
  return targets;
}
