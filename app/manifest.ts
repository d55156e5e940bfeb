import type { MetadataRoute } from "next";

const SHORTCUT_ICONS = [{ src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }];

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/home",
    name: "Kindred",
    short_name: "Kindred",
    description: "Check in, say thank you and practise empathy together, a few minutes a day.",
    start_url: "/home",
    scope: "/",
    display: "standalone",
    background_color: "#fbf6f1",
    theme_color: "#b4533c",
    // Long-press the home screen icon: reach out in one more tap.
    shortcuts: [
      {
        name: "Thinking of you",
        description: "Let your partner know you're thinking of them",
        url: "/bids?kind=thinking-of-you",
        icons: SHORTCUT_ICONS,
      },
      { name: "Send a hug", description: "Send your partner a hug", url: "/bids?kind=hug", icons: SHORTCUT_ICONS },
      { name: "Check in", description: "How are you feeling?", url: "/checkin", icons: SHORTCUT_ICONS },
    ],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
