import { useEffect, useState } from "react";

// The map's chosen place in sync with the page's list items (li.card[data-id]): pointing at or focusing an item
// chooses its marker; choosing a marker marks its item (class "selected") and scrolls it into view.

const cards = () => [...document.querySelectorAll<HTMLElement>("li.card[data-id]")];

export function useListSelection(): { selected: string | null; choose: (id: string) => void } {
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    const off = cards().map((card) => {
      const select = () => setSelected(card.dataset.id ?? null);
      card.addEventListener("mouseenter", select);
      card.addEventListener("focusin", select);
      return () => {
        card.removeEventListener("mouseenter", select);
        card.removeEventListener("focusin", select);
      };
    });
    return () => off.forEach((f) => f());
  }, []);
  useEffect(() => {
    for (const card of cards()) card.classList.toggle("selected", card.dataset.id === selected);
  }, [selected]);
  const choose = (id: string) => {
    setSelected(id);
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    cards()
      .find((c) => c.dataset.id === id)
      ?.scrollIntoView({ block: "nearest", behavior: reduced ? "auto" : "smooth" });
  };
  return { selected, choose };
}
