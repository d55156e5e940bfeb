import { getViewer } from "@/lib/auth/viewer";
import { exportMyData } from "@/lib/account/service";
import { withErrorResponses } from "@/lib/http/json-route";

/** Settings → Export my data: a JSON download of everything about the signed-in person. */
export const GET = withErrorResponses(async () => {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Please sign in to export your data." }, { status: 401 });
  const data = await exportMyData(viewer);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="kindred-export-${day}.json"`,
      "cache-control": "no-store",
    },
  });
});
