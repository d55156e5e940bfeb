import type { Content, NotificationKindModule } from "../types";

/** Settings' "Send a test notification": to the one device it was asked from, at once, whatever the hour. */
export const pushTest: NotificationKindModule = {
  kind: "PUSH_TEST",
  channels: ["PUSH"],
  followsPreference: false,
  respectsQuietHours: false,
  async compose(rows) {
    return new Map<string, Content>(
      rows.map((row) => [
        row.id,
        {
          push: {
            title: "Notifications are on",
            body: "This is how Kindred will reach you on this device.",
            url: "/settings#notifications",
          },
        },
      ]),
    );
  },
};
