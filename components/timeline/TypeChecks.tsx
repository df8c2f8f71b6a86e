"use client";

import styles from "./Timeline.module.css";

export type TypeGroup = [legend: string, types: [type: string, label: string][]];

/**
 * The type filter's checkboxes, one fieldset per category, from plain data. A client component for the same
 * reason as ActorOptions: as server-rendered elements its ~30 labelled checkboxes travelled as trees in every
 * cold render's payload beside the same markup in the HTML. The HTML is the same either way.
 */
export function TypeChecks({ groups, selected }: { groups: TypeGroup[]; selected: string[] }) {
  return (
    <div className={styles.typeGroups}>
      {groups.map(([legend, types]) => (
        <fieldset key={legend} className={styles.typeGroup}>
          <legend>{legend}</legend>
          {types.map(([type, label]) => (
            <label key={type} className={styles.check}>
              <input type="checkbox" name="type" value={type} defaultChecked={selected.includes(type)} /> {label}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
