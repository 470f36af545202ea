import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Bilingual } from '../../api/domain/shared/bilingual';

/** The device's position from the browser's Geolocation, with its accuracy radius in metres. */
export interface DevicePosition {
  lon: number;
  lat: number;
  accuracy: number;
  /** When the browser measured it (ms since the epoch). */
  at: number;
}

interface PositionState {
  position: DevicePosition | null;
  /** Why there is no position (permission refused, no fix), in both languages. */
  problem: Bilingual | null;
  watching: boolean;
  /** Starts following the device (asks for permission the first time). */
  locate(): void;
}

const PositionContext = createContext<PositionState | null>(null);

const problems: Record<number, Bilingual> = {
  1: { zh: '未允许定位：请在浏览器设置中允许本站使用位置', en: 'Location not allowed: allow this site to use your location in the browser settings' },
  2: { zh: '暂时无法定位：请到开阔处或打开 GPS 后重试', en: 'No position yet: move to open sky or switch GPS on and retry' },
  3: { zh: '定位超时，请重试', en: 'Locating timed out; try again' },
};

/**
 * Follows the device position once the user asks (issue 10 "locate me"); the map shows it, the
 * nearby list sorts by it and the field forms record it.
 */
export function DevicePositionProvider({ children }: { children: ReactNode }) {
  const [position, setPosition] = useState<DevicePosition | null>(null);
  const [problem, setProblem] = useState<Bilingual | null>(null);
  const watch = useRef<number | null>(null);
  const [watching, setWatching] = useState(false);

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) return setProblem({ zh: '此浏览器不支持定位', en: 'This browser cannot locate the device' });
    setProblem(null);
    if (watch.current !== null) return;
    setWatching(true);
    watch.current = navigator.geolocation.watchPosition(
      (p) => {
        setProblem(null);
        setPosition({ lon: p.coords.longitude, lat: p.coords.latitude, accuracy: p.coords.accuracy, at: p.timestamp });
      },
      (e) => setProblem(problems[e.code] ?? { zh: e.message, en: e.message }),
      { enableHighAccuracy: true, maximumAge: 10_000, timeout: 30_000 },
    );
  }, []);
  useEffect(
    () => () => {
      if (watch.current !== null) navigator.geolocation.clearWatch(watch.current);
    },
    [],
  );
  const value = useMemo(() => ({ position, problem, watching, locate }), [position, problem, watching, locate]);
  return <PositionContext.Provider value={value}>{children}</PositionContext.Provider>;
}

export function useDevicePosition(): PositionState {
  const ctx = useContext(PositionContext);
  if (!ctx) throw new Error('useDevicePosition outside DevicePositionProvider');
  return ctx;
}

/** A circle of `radius` metres around a point as a 64-gon (equirectangular; exact enough below a few km). */
export function accuracyCircle(p: { lon: number; lat: number }, radius: number): GeoJSON.Feature<GeoJSON.Polygon> {
  const dLat = radius / 111_320;
  const dLon = radius / (111_320 * Math.cos((p.lat * Math.PI) / 180));
  const ring: [number, number][] = [];
  for (let i = 0; i <= 64; i++) {
    const a = (i / 64) * 2 * Math.PI;
    ring.push([p.lon + dLon * Math.cos(a), p.lat + dLat * Math.sin(a)]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}
