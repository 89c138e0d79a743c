import { Skeleton, SkeletonItem, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Shape of the loaded taskpane while Graph answers, so nothing jumps when the plan arrives. */
export function LoadingSkeleton() {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-label="Reading the thread and both calendars">
      <Skeleton className={styles.root} aria-hidden="true">
        <div className={styles.row}>
          <SkeletonItem shape="circle" size={40} />
          <SkeletonItem size={20} style={{ width: "60%" }} />
        </div>
        <SkeletonItem size={16} />
        <SkeletonItem size={16} style={{ width: "80%" }} />
        <SkeletonItem size={32} />
        <SkeletonItem size={32} />
        <SkeletonItem size={32} />
      </Skeleton>
    </div>
  );
}
