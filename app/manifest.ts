import type { MetadataRoute } from "next";

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
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
