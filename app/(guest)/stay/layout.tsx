import { GuestMessages } from "@/components/i18n/guest-messages";

// The portal's error boundary speaks the guest's language too; each page hands its own strings.
export default function StayLayout({ children }: { children: React.ReactNode }) {
  return <GuestMessages namespaces={["link"]}>{children}</GuestMessages>;
}
