import { MenuLoading } from "../_menu/menu-loading";

export default function Loading() {
  return <MenuLoading title="Your orders" />;
}
