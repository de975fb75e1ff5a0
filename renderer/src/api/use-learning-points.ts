import { useCaseChange } from './case-data';

export const useCreateLearningPoint = () => useCaseChange('learningPoints.create');
export const useUpdateLearningPoint = () => useCaseChange('learningPoints.update');
export const useRemoveLearningPoint = () => useCaseChange('learningPoints.remove');
