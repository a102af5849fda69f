-- AlterEnum: the stage between scoring and publication (src/domain/year-stages)
ALTER TYPE "BlocYearStatus" ADD VALUE 'REVIEW' BEFORE 'PUBLISHED';
