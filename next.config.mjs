import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads the request's language and messages from lib/i18n/request.ts. precompile: the
// bundler turns each message file's ICU strings into their parsed form at build time, so the
// browser ships a formatter without the ICU parser (~10 KiB gzip on every guest page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that bundling would break; postgres and ws use Node built-ins.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "postgres", "ws", "pusher", "nodemailer", "bcryptjs"],
  poweredByHeader: false,
  // forbidden(): console pages refused by role answer 403, not a 200 "no access" page.
  // inlineCss: the stylesheet (one Tailwind file, ~8 KiB gzip) goes into the HTML as a <style>
  // instead of a <link> that blocks the first paint for a round trip (Lighthouse mobile counted
  // ~200 ms of render-blocking on every guest page; bench:lighthouse). The CSP allows inline styles.
  experimental: { authInterrupts: true, inlineCss: true },
  // `npm test` runs `tsc --noEmit` over the whole project (tests included) before building.
  typescript: { ignoreBuildErrors: true },
  // The public API keeps the seed's trailing-slash paths (/booking/); serve them as written
  // instead of redirecting, since API clients may not follow a 308 with a body.
  skipTrailingSlashRedirect: true,
  async headers() {
    // Pages, handlers and redirects get their headers (CSP with a per-request nonce included) from
    // proxy.ts; build assets bypass the proxy and get the fixed ones here.
    return [
      {
        source: "/_next/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), browsing-topics=()" },
        ],
      },
    ];
  },
};
export default withNextIntl(nextConfig);
